package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralAdvisorTest {

    private final ReferralAdvisor advisor = new ReferralAdvisor(500);

    private static PreparationCase caseWith(Integer hours, List<String> affected, boolean procurement, String director) {
        return PreparationCase.received("DIGI-2026-0001", 1L, PreparationCaseTest.facts(hours, affected, procurement,
                director), 1L, Instant.parse("2026-11-02T08:00:00Z"));
    }

    @Test
    void aSmallLocalCaseWithAnOwnerIsRecommendationsOnly() {
        PreparationCase c = caseWith(120, List.of(), false, "Olle Strand");
        assertThat(advisor.reasons(c)).isEmpty();
        assertThat(advisor.suggestion(c)).isEqualTo(Routing.RECOMMENDATIONS_ONLY);
    }

    @Test
    void sizeSeveralVerksamheterAndUnclearOwnershipPointToTheCouncil() {
        PreparationCase c = caseWith(500, List.of("SOC-IFO"), false, null);
        assertThat(advisor.reasons(c)).containsExactlyInAnyOrder(ReferralReason.SIZE,
                ReferralReason.SEVERAL_VERKSAMHETER, ReferralReason.UNCLEAR_OWNERSHIP);
        assertThat(advisor.suggestion(c)).isEqualTo(Routing.REFER_TO_COUNCIL);
        assertThat(new ReferralAdvisor(501).reasons(c)).doesNotContain(ReferralReason.SIZE);
    }

    @Test
    void aProcurementNeedsSamrad() {
        PreparationCase c = caseWith(50, List.of(), true, "Olle Strand");
        assertThat(advisor.suggestion(c)).isEqualTo(Routing.CONSULTATION);
    }
}
