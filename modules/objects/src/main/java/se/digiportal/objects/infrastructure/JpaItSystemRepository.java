package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.objects.domain.ItSystem;
import se.digiportal.objects.domain.ItSystemRepository;

@ApplicationScoped
public class JpaItSystemRepository implements ItSystemRepository {

    @Inject
    @ObjectsUnit
    EntityManager em;

    @Override
    public List<ItSystem> findAll() {
        return em.createQuery("SELECT s FROM ItSystem s ORDER BY s.name", ItSystem.class).getResultList();
    }

    @Override
    public List<ItSystem> findByObject(long managedObjectId) {
        return em.createQuery("SELECT s FROM ItSystem s WHERE s.managedObjectId = :id ORDER BY s.name", ItSystem.class)
                .setParameter("id", managedObjectId).getResultList();
    }

    @Override
    public Optional<ItSystem> findByName(String name) {
        return em.createQuery("SELECT s FROM ItSystem s WHERE s.name = :name", ItSystem.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void save(ItSystem system) {
        if (system.id() == null) {
            em.persist(system);
            em.flush();
        }
    }
}
