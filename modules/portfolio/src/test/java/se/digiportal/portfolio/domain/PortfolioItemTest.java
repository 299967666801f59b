package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.digiportal.kernel.api.CaseNumber;

class PortfolioItemTest {

    private static PortfolioItem item() {
        return new PortfolioItem(new CaseNumber(2025, 4), "Mobil dokumentation i hemtjänsten", "SOCIAL", 12L, false,
                EntryPath.QUALITY_ASSURED, Instant.parse("2026-01-20T10:00:00Z"));
    }

    @Test
    void an_item_enters_the_portfolio_as_an_idea() {
        PortfolioItem item = item();

        assertThat(item.phase()).isEqualTo(Phase.IDEA);
        assertThat(item.caseNumber()).isEqualTo(new CaseNumber(2025, 4));
    }

    @Test
    void an_item_moves_freely_between_open_phases() {
        PortfolioItem item = item();

        item.moveTo(Phase.IN_PROGRESS);
        item.moveTo(Phase.PAUSED);
        item.moveTo(Phase.PLANNED);

        assertThat(item.phase()).isEqualTo(Phase.PLANNED);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"DONE", "STOPPED"})
    void an_item_never_leaves_a_final_phase(Phase finalPhase) {
        PortfolioItem item = item();
        item.moveTo(finalPhase);

        for (Phase other : Phase.values()) {
            if (other != finalPhase) {
                assertThatThrownBy(() -> item.moveTo(other)).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(item.phase()).isEqualTo(finalPhase);
    }

    @Test
    void a_title_is_required() {
        assertThatThrownBy(() -> new PortfolioItem(new CaseNumber(2025, 4), "", "SOCIAL", 12L, false,
                EntryPath.QUALITY_ASSURED, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_approved_case_enters_linked_to_its_decision_and_underlag_and_a_pilot_condition_makes_it_a_pilot() {
        ReferredCase referred = new ReferredCase("DIGI-2026-0007", "Digital signering", "ADMINISTRATIVE", 5L, 41L,
                Instant.parse("2026-02-01T09:00:00Z"));

        PortfolioItem item = PortfolioItem.councilApproved(referred, 3L, 17L, "Beviljas som pilot under 2026",
                Instant.parse("2026-03-01T09:00:00Z"));

        assertThat(item.entryPath()).isEqualTo(EntryPath.COUNCIL_APPROVED);
        assertThat(item.decisionMeetingId()).isEqualTo(3L);
        assertThat(item.decisionAgendaItemId()).isEqualTo(17L);
        assertThat(item.underlagId()).isEqualTo(41L);
        assertThat(item.pilot()).isTrue();
        assertThat(item.updatedAt()).isEqualTo(item.enteredAt());
        assertThat(PortfolioItem.councilApproved(referred, 3L, 17L, null, Instant.EPOCH).pilot()).isFalse();
    }

    @Test
    void resourcing_sets_lead_and_period_and_refuses_an_end_before_the_start() {
        PortfolioItem item = item();

        item.plan("  Petra Lund ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));

        assertThat(item.projectLead()).isEqualTo("Petra Lund");
        assertThatThrownBy(() -> item.plan(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(item.plannedEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void the_budget_has_one_line_per_year_in_year_order() {
        PortfolioItem item = item();

        item.budget(2027, 100_000, 20_000);
        item.budget(2026, 500_000, 0);
        item.budget(2027, 150_000, 25_000);

        assertThat(item.budget()).extracting(BudgetLine::year).containsExactly(2026, 2027);
        assertThat(item.budgetFor(2027)).get().extracting(BudgetLine::investment).isEqualTo(150_000L);
        assertThat(item.removeBudget(2026)).isTrue();
        assertThat(item.removeBudget(2026)).isFalse();
        assertThatThrownBy(() -> item.budget(2026, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item.budget(1999, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_final_item_is_no_longer_resourced() {
        PortfolioItem item = item();
        item.moveTo(Phase.STOPPED);

        assertThatThrownBy(() -> item.budget(2026, 1, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> item.plan("X", null, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_change_moves_updated_at_forward_even_within_the_same_instant() {
        PortfolioItem item = item();
        Instant entered = item.updatedAt();

        item.touch(entered);
        Instant first = item.updatedAt();
        item.touch(entered.plusSeconds(60));

        assertThat(first).isAfter(entered);
        assertThat(item.updatedAt()).isEqualTo(entered.plusSeconds(60));
    }

    @Test
    void bookings_run_forward_with_sensible_hours_and_can_be_named() {
        PortfolioItem item = item();

        Booking booking = item.book("DEVELOPER", " Ahmed Karimi ", YearMonth.of(2027, 1), YearMonth.of(2027, 6), 80);

        assertThat(booking.person()).isEqualTo("Ahmed Karimi");
        assertThat(booking.covers(YearMonth.of(2027, 6))).isTrue();
        assertThat(booking.covers(YearMonth.of(2027, 7))).isFalse();
        assertThatThrownBy(() -> item.book("DEVELOPER", null, YearMonth.of(2027, 6), YearMonth.of(2027, 1), 80))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item.book("DEVELOPER", null, YearMonth.of(2027, 1), YearMonth.of(2027, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(item.bookings()).hasSize(1);
    }

    @Test
    void status_reports_are_kept_over_time_and_the_item_shows_the_latest() {
        PortfolioItem item = item();

        item.report(Instant.parse("2026-03-01T10:00:00Z"), "petra", RagStatus.GREEN, 10, "Uppstart.", null);
        item.report(Instant.parse("2026-04-01T10:00:00Z"), "petra", RagStatus.AMBER, 35, "Försenad leverantör.",
                "Eskalera.");

        assertThat(item.statusReports()).extracting(StatusReport::rag).containsExactly(RagStatus.GREEN, RagStatus.AMBER);
        assertThat(item.currentStatus()).isEqualTo(RagStatus.AMBER);
        assertThat(item.currentProgress()).isEqualTo(35);
        assertThatThrownBy(() -> item.report(Instant.EPOCH, "petra", RagStatus.RED, 101, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item.report(Instant.EPOCH, "petra", RagStatus.RED, 50, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
