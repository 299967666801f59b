package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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
}
