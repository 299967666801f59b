package se.digiportal.portfolio.domain;

import java.time.Instant;

/**
 * Which items a list or feed asks for; null means "any". {@code year} takes the items with a budget for that year
 * or a planned period that overlaps it.
 */
public record PortfolioFilter(RagStatus status, String serviceAreaCode, Long orgUnitId, Integer year, Phase phase,
                              Instant updatedSince) {
}
