package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusReportDueTest {

    private static final Instant ENTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant REPORTED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void an_item_in_progress_is_overdue_the_day_after_the_interval_from_its_latest_report() {
        assertThat(StatusReportDue.overdueSince(Phase.IN_PROGRESS, REPORTED, ENTERED, 30, LocalDate.of(2026, 3, 31)))
                .isEmpty();
        assertThat(StatusReportDue.overdueSince(Phase.IN_PROGRESS, REPORTED, ENTERED, 30, LocalDate.of(2026, 4, 1)))
                .contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void without_any_report_the_interval_counts_from_entering_the_portfolio() {
        assertThat(StatusReportDue.overdueSince(Phase.IN_PROGRESS, null, ENTERED, 30, LocalDate.of(2026, 3, 1)))
                .contains(LocalDate.of(2026, 2, 9));
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void only_items_in_progress_owe_reports(Phase phase) {
        assertThat(StatusReportDue.overdueSince(phase, null, ENTERED, 30, LocalDate.of(2027, 1, 1))).isEmpty();
    }
}
