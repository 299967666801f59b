package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompletionRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static CompletionRequest request() {
        return new CompletionRequest(1L, "Beskriv finansieringen.", TODAY.plusDays(10), "berit", TODAY, NOW);
    }

    @Test
    void nothingIsDueUntilTheDeadlineHasPassed() {
        CompletionRequest r = request();
        assertThat(r.due(TODAY.plusDays(10))).as("the deadline day itself still counts").isEqualTo(CompletionRequest.Step.NONE);
        assertThat(r.due(TODAY.plusDays(11))).isEqualTo(CompletionRequest.Step.REMIND);
    }

    @Test
    void remindOnceThenParkAfterTheNewDeadline() {
        CompletionRequest r = request();
        r.remind(TODAY.plusDays(18), NOW);
        assertThat(r.due(TODAY.plusDays(12))).as("reminded: nothing until the new deadline").isEqualTo(CompletionRequest.Step.NONE);
        assertThat(r.due(TODAY.plusDays(19))).isEqualTo(CompletionRequest.Step.PARK);
        assertThatThrownBy(() -> r.remind(TODAY.plusDays(30), NOW)).as("never a second reminder")
                .isInstanceOf(IllegalStateException.class);
        r.park(NOW);
        assertThat(r.state()).isEqualTo(CompletionRequest.State.PARKED);
        assertThat(r.due(TODAY.plusDays(40))).isEqualTo(CompletionRequest.Step.NONE);
        assertThatThrownBy(() -> r.park(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAnswerStopsTheFollowUp() {
        CompletionRequest r = request();
        r.remind(TODAY.plusDays(18), NOW);
        r.answered(NOW);
        assertThat(r.state()).isEqualTo(CompletionRequest.State.ANSWERED);
        assertThat(r.due(TODAY.plusDays(40))).isEqualTo(CompletionRequest.Step.NONE);
        r.cancel(NOW);
        assertThat(r.state()).as("a closed request stays closed").isEqualTo(CompletionRequest.State.ANSWERED);
    }

    @Test
    void aRequestSaysWhatAndHasAFutureDeadline() {
        assertThatThrownBy(() -> new CompletionRequest(1L, " ", TODAY.plusDays(1), "berit", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompletionRequest(1L, "Budget", TODAY, "berit", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
