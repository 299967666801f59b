package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.digiportal.council.api.DecisionOutcome;

class ReferralKindTest {

    @Test
    void aSamradOnAMeetingEndorsesOrAdvisesAgainst() {
        assertThat(ReferralKind.CONSULTATION.words(DecisionOutcome.APPROVED)).isEqualTo("Tillstyrkt");
        assertThat(ReferralKind.CONSULTATION.words(DecisionOutcome.REJECTED)).isEqualTo("Avstyrkt");
        assertThat(ReferralKind.CONSULTATION.words(DecisionOutcome.DEFERRED)).isEqualTo("Bordlagt");
    }

    @Test
    void aDecisionGrantsOrRejects() {
        assertThat(ReferralKind.DECISION.words(DecisionOutcome.APPROVED)).isEqualTo("Beviljat");
        assertThat(ReferralKind.DECISION.words(DecisionOutcome.REJECTED)).isEqualTo("Avslag");
    }
}
