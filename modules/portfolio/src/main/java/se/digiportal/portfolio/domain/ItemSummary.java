package se.digiportal.portfolio.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the portfolio as lists and feeds read it: the item's own columns, read in one query. */
public record ItemSummary(Long id, String caseNumber, String title, String serviceAreaCode, Long orgUnitId,
                          Phase phase, boolean pilot, EntryPath entryPath, String projectLead,
                          LocalDate plannedStart, LocalDate plannedEnd, RagStatus currentStatus,
                          Integer currentProgress, Instant enteredAt, Instant updatedAt) {
}
