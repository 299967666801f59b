package se.digiportal.portfolio.domain;

import java.util.List;

public interface PortfolioItemRepository {

    /** Every item, in case-number order. */
    List<PortfolioItem> findAll();
}
