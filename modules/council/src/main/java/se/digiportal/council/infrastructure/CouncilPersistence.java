package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the council persistence unit's EntityManager for the council repositories. */
@ApplicationScoped
public class CouncilPersistence {

    @Produces
    @CouncilUnit
    @PersistenceContext(unitName = "council")
    private EntityManager entityManager;
}
