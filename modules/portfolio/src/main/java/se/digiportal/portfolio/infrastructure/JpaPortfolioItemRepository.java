package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;

@ApplicationScoped
public class JpaPortfolioItemRepository implements PortfolioItemRepository {

    @Inject
    @PortfolioUnit
    EntityManager em;

    @Override
    public List<PortfolioItem> findAll() {
        // The fixed-width DIGI-yyyy-nnnn format sorts chronologically as text.
        return em.createQuery("SELECT i FROM PortfolioItem i ORDER BY i.caseNumber", PortfolioItem.class)
                .getResultList();
    }
}
