package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the beredning persistence unit's EntityManager for the beredning repositories. */
@ApplicationScoped
public class BeredningPersistence {

    @Produces
    @BeredningUnit
    @PersistenceContext(unitName = "beredning")
    private EntityManager entityManager;
}
