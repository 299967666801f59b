package se.digiportal.portfolio.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PortfolioItemRepository {

    Optional<PortfolioItem> find(long id);

    Optional<PortfolioItem> findByCaseNumber(String caseNumber);

    PortfolioItem save(PortfolioItem item);

    /** Every item as an entity, in case-number order: for the prioritization and dashboard, which read budget lines. */
    List<PortfolioItem> findAll();

    /** Rows {@code first} to {@code first + max} of the filtered items in case-number order (then id). */
    List<ItemSummary> summaries(PortfolioFilter filter, int first, int max);

    /** How many items match and when the latest of them changed: a cheap fingerprint of a filtered list. */
    Stamp stamp(PortfolioFilter filter);

    /** Items changed after {@code since}, oldest change first, at most {@code max}. */
    List<ItemSummary> changedSince(Instant since, int max);

    record Stamp(long count, Instant lastUpdated) {
    }
}
