package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.objects.domain.ManagedObject;
import se.digiportal.objects.domain.ManagedObjectRepository;

@ApplicationScoped
public class JpaManagedObjectRepository implements ManagedObjectRepository {

    @Inject
    @ObjectsUnit
    EntityManager em;

    @Override
    public List<ManagedObject> findAll() {
        return em.createQuery("SELECT o FROM ManagedObject o ORDER BY o.name", ManagedObject.class).getResultList();
    }

    @Override
    public Optional<ManagedObject> findById(long id) {
        return Optional.ofNullable(em.find(ManagedObject.class, id));
    }

    @Override
    public Optional<ManagedObject> findByName(String name) {
        return em.createQuery("SELECT o FROM ManagedObject o WHERE o.name = :name", ManagedObject.class)
                .setParameter("name", name).getResultStream().findFirst();
    }
}
