package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.objects.domain.ObjectPlan;
import se.digiportal.objects.domain.ObjectPlanRepository;

@ApplicationScoped
public class JpaObjectPlanRepository implements ObjectPlanRepository {

    @Inject
    @ObjectsUnit
    EntityManager em;

    @Override
    public Optional<ObjectPlan> find(long managedObjectId, int year) {
        return em.createQuery("SELECT p FROM ObjectPlan p WHERE p.managedObjectId = :id AND p.year = :year",
                        ObjectPlan.class)
                .setParameter("id", managedObjectId).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<ObjectPlan> findByObject(long managedObjectId) {
        return em.createQuery("SELECT p FROM ObjectPlan p WHERE p.managedObjectId = :id ORDER BY p.year DESC",
                        ObjectPlan.class)
                .setParameter("id", managedObjectId).getResultList();
    }

    @Override
    public void save(ObjectPlan plan) {
        if (plan.id() == null) {
            em.persist(plan);
        }
        // The id is needed for the audit row in the same transaction; a version clash surfaces here, not at commit.
        em.flush();
    }
}
