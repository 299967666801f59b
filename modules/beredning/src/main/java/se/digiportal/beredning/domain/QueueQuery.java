package se.digiportal.beredning.domain;

import java.time.Instant;
import java.util.Set;

/**
 * One page of the beredning queue: the filters the beredningsgrupp narrows it with (each null when unused), the
 * sort and the window. Sort fields are the {@link SortField} names, so nothing else reaches a query.
 *
 * @param submittedBefore only cases submitted before this instant (the "age" filter)
 * @param text            free text over case number, title and contact person
 */
public record QueueQuery(Set<PreparationStatus> statuses, Long forvaltningId, String serviceAreaCode,
                         Boolean criteriaMet, String assignee, Instant submittedBefore, String text,
                         SortField sortField, boolean ascending, int first, int pageSize) {

    public QueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sortField = sortField == null ? SortField.SUBMITTED_AT : sortField;
        if (first < 0 || pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("a page is 1 to 1000 rows from a non-negative offset");
        }
    }

    /** What the queue can be sorted by. */
    public enum SortField {
        CASE_NUMBER, TITLE, STATUS, SERVICE_AREA, SUBMITTED_AT, STATUS_SINCE, ASSIGNEE, CRITERIA, CHECKLIST
    }
}
