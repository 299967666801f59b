package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the intake persistence unit's EntityManager for the intake repositories. */
@ApplicationScoped
public class IntakePersistence {

    @Produces
    @IntakeUnit
    @PersistenceContext(unitName = "intake")
    private EntityManager entityManager;
}
