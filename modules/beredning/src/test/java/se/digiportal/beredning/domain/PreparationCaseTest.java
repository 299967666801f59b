package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.intake.api.InitiativeFacts;

class PreparationCaseTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-03T08:00:00Z");

    static InitiativeFacts facts(Integer hours, List<String> affected, boolean procurement, String director) {
        return new InitiativeFacts("E-signering", "SOCIAL", 7L, "anna", "Anna Lindqvist", "anna@adalen.example",
                director, hours, affected, procurement, false, false, true, false, List.of("TOTAL_HOURS"));
    }

    static PreparationCase newCase() {
        return PreparationCase.received("DIGI-2026-0042", 42L, facts(100, List.of(), false, "Olle Strand"), 3L, T0);
    }

    @Test
    void aReceivedCaseIsNewAndTakingItStartsThePreparation() {
        PreparationCase c = newCase();
        assertThat(c.status()).isEqualTo(PreparationStatus.NEW);
        assertThat(c.criteria()).containsExactly("TOTAL_HOURS");
        c.assign("berit", "Berit Holm", T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.IN_PREPARATION);
        assertThat(c.statusSince()).isEqualTo(T1);
        c.assign("jonas", "Jonas Ek", T1);
        assertThat(c.assignee()).as("reassigned").isEqualTo("jonas");
    }

    @Test
    void aCompletionIsAwaitedParkedAndWokenByTheAnswer() {
        PreparationCase c = newCase();
        c.assign("berit", "Berit Holm", T0);
        c.awaitCompletion(T0);
        assertThat(c.status()).isEqualTo(PreparationStatus.AWAITING_COMPLETION);
        c.park(T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.PARKED);
        c.completed(facts(700, List.of("SOC-IFO"), false, "Olle Strand"), 2, T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.IN_PREPARATION);
        assertThat(c.submissionVersion()).isEqualTo(2);
        assertThat(c.estimatedTotalHours()).as("the snapshot follows the new version").isEqualTo(700);
    }

    @Test
    void onlyAParkedCaseIsResumedByABeredare() {
        PreparationCase c = newCase();
        assertThatThrownBy(() -> c.resume(T1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.park(T1)).as("only a case awaiting completion parks").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void routingNeedsAMotivationAndSamradItsForm() {
        PreparationCase c = newCase();
        c.assign("berit", "Berit Holm", T0);
        assertThatThrownBy(() -> c.route(Routing.REFER_TO_COUNCIL, " ", null, T1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.route(Routing.CONSULTATION, "IT-upphandling", null, T1))
                .isInstanceOf(IllegalArgumentException.class);
        c.route(Routing.CONSULTATION, "IT-upphandling", ConsultationMode.SNABBSAMRAD, T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.UNDERLAG_IN_PREPARATION);
        c.referred(T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.REFERRED);
        assertThatThrownBy(() -> c.assign("jonas", "Jonas Ek", T1)).as("the council's now").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void qualityAssuranceNeedsRecommendationsOnlyAndTheWholeChecklist() {
        PreparationCase c = newCase();
        c.assign("berit", "Berit Holm", T0);
        c.route(Routing.RECOMMENDATIONS_ONLY, "Verksamheten genomför själv.", null, T0);
        c.checklistAnswered(6, T0);
        assertThatThrownBy(() -> c.qualityAssure(7, T1)).isInstanceOf(IllegalStateException.class);
        c.checklistAnswered(7, T0);
        c.qualityAssure(7, T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.QUALITY_ASSURED);
        assertThat(c.status().isOpen()).isFalse();
    }

    @Test
    void aRejectionClosesTheCase() {
        PreparationCase c = newCase();
        c.assess(Assessment.REJECTED, "Ligger utanför kommunens uppdrag.", T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.REJECTED);
        assertThatThrownBy(() -> c.assess(Assessment.INCLUDE, "Ändrat", T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWithdrawnCaseLeavesTheBeredning() {
        PreparationCase c = newCase();
        c.withdrawn(T1);
        assertThat(c.status()).isEqualTo(PreparationStatus.WITHDRAWN);
    }
}
