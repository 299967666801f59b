package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the kernel persistence unit's EntityManager for the kernel's repositories. */
@ApplicationScoped
public class KernelPersistence {

    @Produces
    @KernelUnit
    @PersistenceContext(unitName = "kernel")
    private EntityManager entityManager;
}
