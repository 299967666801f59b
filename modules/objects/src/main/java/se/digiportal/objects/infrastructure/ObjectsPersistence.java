package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the objects persistence unit's EntityManager for the objects repositories. */
@ApplicationScoped
public class ObjectsPersistence {

    @Produces
    @ObjectsUnit
    @PersistenceContext(unitName = "objects")
    private EntityManager entityManager;
}
