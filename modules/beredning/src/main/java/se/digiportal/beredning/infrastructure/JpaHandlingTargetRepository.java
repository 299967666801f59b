package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.digiportal.beredning.domain.HandlingTarget;
import se.digiportal.beredning.domain.HandlingTargetRepository;

@ApplicationScoped
public class JpaHandlingTargetRepository implements HandlingTargetRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public List<HandlingTarget> findAll() {
        return em.createQuery("SELECT t FROM HandlingTarget t", HandlingTarget.class).getResultList();
    }

    @Override
    public HandlingTarget save(HandlingTarget target) {
        if (em.find(HandlingTarget.class, target.status()) == null) {
            em.persist(target);
            return target;
        }
        return em.merge(target);
    }

    @Override
    public void delete(HandlingTarget target) {
        em.remove(em.contains(target) ? target : em.merge(target));
    }
}
