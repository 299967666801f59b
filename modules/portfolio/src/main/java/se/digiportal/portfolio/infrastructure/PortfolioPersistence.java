package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the portfolio persistence unit's EntityManager for the portfolio repositories. */
@ApplicationScoped
public class PortfolioPersistence {

    @Produces
    @PortfolioUnit
    @PersistenceContext(unitName = "portfolio")
    private EntityManager entityManager;
}
