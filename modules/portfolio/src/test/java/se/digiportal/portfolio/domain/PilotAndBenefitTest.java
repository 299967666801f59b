package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.CaseNumber;

class PilotAndBenefitTest {

    private static PortfolioItem item(boolean pilot) {
        return new PortfolioItem(new CaseNumber(2026, 7), "Digital signering", "SOCIAL", 12L, pilot,
                EntryPath.COUNCIL_APPROVED, Instant.parse("2026-01-20T10:00:00Z"));
    }

    @Test
    void a_pilot_is_not_rolled_out_broadly_before_it_is_evaluated() {
        PortfolioItem pilot = item(true);
        pilot.moveTo(Phase.IN_PROGRESS);

        assertThatThrownBy(() -> pilot.moveTo(Phase.DONE)).isInstanceOf(PilotNotEvaluatedException.class);
        assertThat(pilot.phase()).isEqualTo(Phase.IN_PROGRESS);

        pilot.evaluatePilot("Fungerar i en enhet.", PilotDecision.SCALE_UP, Instant.EPOCH, "petra");
        pilot.moveTo(Phase.DONE);

        assertThat(pilot.phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void a_pilot_the_evaluation_stopped_is_stopped_not_done() {
        PortfolioItem pilot = item(true);
        pilot.evaluatePilot("Ingen nytta i verksamheten.", PilotDecision.STOP, Instant.EPOCH, "petra");

        assertThatThrownBy(() -> pilot.moveTo(Phase.DONE)).isInstanceOf(PilotNotEvaluatedException.class)
                .satisfies(e -> assertThat(((PilotNotEvaluatedException) e).decision()).isEqualTo(PilotDecision.STOP));
        pilot.moveTo(Phase.STOPPED);
        assertThat(pilot.phase()).isEqualTo(Phase.STOPPED);
    }

    @Test
    void an_item_that_is_no_pilot_is_done_without_evaluation_and_cannot_be_evaluated() {
        PortfolioItem item = item(false);

        item.moveTo(Phase.DONE);

        assertThat(item.phase()).isEqualTo(Phase.DONE);
        assertThatThrownBy(() -> item(false).evaluatePilot("x", PilotDecision.ADJUST, Instant.EPOCH, "petra"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> item(true).evaluatePilot(" ", PilotDecision.ADJUST, Instant.EPOCH, "petra"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void benefits_are_followed_up_after_the_item_is_done() {
        PortfolioItem item = item(false);
        item.moveTo(Phase.DONE);

        Benefit benefit = item.addBenefit("Kortare handläggningstid", "Biståndshandläggare", BenefitType.QUALITY,
                "Handläggningstid (dagar)", new BigDecimal("14"), new BigDecimal("5"), "Olle Strand",
                LocalDate.of(2027, 6, 30), Instant.EPOCH);
        benefit.measure(LocalDate.of(2027, 6, 30), new BigDecimal("9"), "Första halvåret", "petra",
                LocalDate.of(2027, 12, 31));

        assertThat(item.benefits()).hasSize(1);
        assertThat(benefit.measurements()).extracting(Measurement::measured).containsExactly(new BigDecimal("9"));
        assertThat(benefit.nextFollowUp()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> item.addBenefit("", "x", BenefitType.FINANCIAL, "x", BigDecimal.ONE, BigDecimal.TEN,
                "x", null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
