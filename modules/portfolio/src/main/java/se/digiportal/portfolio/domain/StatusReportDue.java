package se.digiportal.portfolio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When an item owes a status report: an item in progress reports at least every {@code intervalDays} days (a kernel
 * setting), counted from its latest report, or from when it entered the portfolio if it has none yet. Items in any
 * other phase owe nothing: planned and paused work has nothing to report, finished work is followed up by benefits.
 */
public final class StatusReportDue {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private StatusReportDue() {
    }

    /** The day the report was due, if it is overdue today (a report due today is not yet overdue). */
    public static Optional<LocalDate> overdueSince(Phase phase, Instant latestReport, Instant enteredAt,
                                                   int intervalDays, LocalDate today) {
        if (phase != Phase.IN_PROGRESS) {
            return Optional.empty();
        }
        Instant from = latestReport != null ? latestReport : enteredAt;
        LocalDate due = from.atZone(SWEDEN).toLocalDate().plusDays(intervalDays);
        return today.isAfter(due) ? Optional.of(due) : Optional.empty();
    }
}
