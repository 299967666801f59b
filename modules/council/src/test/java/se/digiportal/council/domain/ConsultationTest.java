package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.digiportal.council.api.ConsultationOutcome;

class ConsultationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(3));
    private static final List<String> COUNCIL = List.of("maria", "olle", "rolf", "sven");
    private static final Function<String, String> NAMES =
            Map.of("maria", "Maria Berg", "sven", "Sven Lind")::get;

    private static Consultation requested() {
        return new Consultation("DIG-2026-0042", "Upphandling av kölappssystem", 7, 11, "Olle Strand", "berit",
                NOW.minus(Duration.ofDays(1)));
    }

    private static Consultation open() {
        Consultation c = requested();
        c.open(DEADLINE, COUNCIL, "rolf", NOW);
        return c;
    }

    @Test
    void aRequestedSamradWaitsForTheSecretary() {
        Consultation c = requested();
        assertThat(c.status()).isEqualTo(ConsultationStatus.REQUESTED);
        assertThatThrownBy(() -> c.respond("maria", ConsultationAnswer.AGREE, null, NOW))
                .isInstanceOf(Consultation.NotOpen.class);
    }

    @Test
    void openingFixesTheParticipantsAndTheDeadline() {
        Consultation c = open();
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.participants()).containsExactlyInAnyOrderElementsOf(COUNCIL);
        assertThat(c.deadline()).isEqualTo(DEADLINE);
        assertThat(c.openedBy()).isEqualTo("rolf");
        assertThatThrownBy(() -> c.open(DEADLINE, COUNCIL, "rolf", NOW)).as("opened once")
                .isInstanceOf(Consultation.NotOpen.class);
    }

    @Test
    void theDeadlineMustLieAhead() {
        assertThatThrownBy(() -> requested().open(NOW, COUNCIL, "rolf", NOW)).isInstanceOf(Consultation.Invalid.class)
                .satisfies(e -> assertThat(((Consultation.Invalid) e).fields()).containsExactly("deadline"));
        assertThatThrownBy(() -> requested().open(null, COUNCIL, "rolf", NOW))
                .isInstanceOf(Consultation.Invalid.class);
    }

    @Test
    void aCouncilWithoutMembersCannotBeAsked() {
        assertThatThrownBy(() -> requested().open(DEADLINE, List.of(), "rolf", NOW))
                .isInstanceOf(Consultation.NoParticipants.class);
    }

    @Test
    void anObjectionOrACommentNeedsItsText() {
        Consultation c = open();
        assertThatThrownBy(() -> c.respond("maria", ConsultationAnswer.OBJECT, " ", NOW))
                .isInstanceOf(Consultation.Invalid.class)
                .satisfies(e -> assertThat(((Consultation.Invalid) e).fields()).containsExactly("text"));
        assertThatThrownBy(() -> c.respond("maria", ConsultationAnswer.COMMENT, null, NOW))
                .isInstanceOf(Consultation.Invalid.class);
        assertThatThrownBy(() -> c.respond("maria", null, null, NOW)).isInstanceOf(Consultation.Invalid.class)
                .satisfies(e -> assertThat(((Consultation.Invalid) e).fields()).containsExactly("answer"));
        assertThatThrownBy(() -> c.respond("maria", ConsultationAnswer.AGREE, "x".repeat(2001), NOW))
                .isInstanceOf(Consultation.Invalid.class);
        assertThat(c.responses()).as("nothing recorded").isEmpty();
        c.respond("maria", ConsultationAnswer.AGREE, null, NOW);
        assertThat(c.responseOf("maria")).hasValueSatisfying(r -> assertThat(r.text()).isNull());
    }

    @Test
    void onlyTheAskedMayAnswer() {
        assertThatThrownBy(() -> open().respond("anna", ConsultationAnswer.AGREE, null, NOW))
                .isInstanceOf(Consultation.NotParticipant.class);
    }

    @Test
    void aMemberAnswersOnceAndMayChangeTheAnswerWhileOpen() {
        Consultation c = open();
        c.respond("maria", ConsultationAnswer.OBJECT, "Avtalet saknar exitklausul.", NOW);
        c.respond("maria", ConsultationAnswer.AGREE, null, NOW.plusSeconds(60));
        assertThat(c.responses()).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo(ConsultationAnswer.AGREE);
            assertThat(r.respondedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
    }

    @Test
    void itClosesWhenEveryoneHasAnswered() {
        Consultation c = open();
        assertThat(c.respond("maria", ConsultationAnswer.AGREE, null, NOW)).isFalse();
        assertThat(c.respond("olle", ConsultationAnswer.AGREE, null, NOW)).isFalse();
        assertThat(c.respond("rolf", ConsultationAnswer.COMMENT, "Följ upp licenskostnaden.", NOW)).isFalse();
        assertThat(c.respond("sven", ConsultationAnswer.AGREE, null, NOW.plusSeconds(5))).isTrue();
        assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.closing()).isEqualTo(Consultation.Closing.ALL_ANSWERED);
        assertThat(c.closedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(c.outcome()).isEqualTo(ConsultationOutcome.CONSENTED);
        assertThatThrownBy(() -> c.respond("sven", ConsultationAnswer.OBJECT, "Ångrar mig.", NOW))
                .as("closed is closed").isInstanceOf(Consultation.NotOpen.class);
    }

    @Test
    void itClosesAtTheDeadlineOnceAndNotBefore() {
        Consultation c = open();
        c.respond("maria", ConsultationAnswer.AGREE, null, NOW);
        c.respond("sven", ConsultationAnswer.OBJECT, "Leverantören uppfyller inte tillgänglighetskraven.", NOW);
        assertThat(c.closeIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.closeIfDue(DEADLINE)).isTrue();
        assertThat(c.closeIfDue(DEADLINE.plusSeconds(60))).as("a second run changes nothing").isFalse();
        assertThat(c.closing()).isEqualTo(Consultation.Closing.DEADLINE);
        assertThat(c.closedAt()).isEqualTo(DEADLINE);
        assertThat(c.outcome()).isEqualTo(ConsultationOutcome.OBJECTIONS);
    }

    @Test
    void noAnswerIsAcceptedOnceTheDeadlineHasPassedEvenBeforeTheTimerRan() {
        Consultation c = open();
        assertThatThrownBy(() -> c.respond("maria", ConsultationAnswer.AGREE, null, DEADLINE))
                .isInstanceOf(Consultation.NotOpen.class);
    }

    @Test
    void aRequestedSamradIsNeverClosedByTheTimer() {
        Consultation c = requested();
        assertThat(c.closeIfDue(DEADLINE.plus(Duration.ofDays(100)))).isFalse();
        assertThat(c.status()).isEqualTo(ConsultationStatus.REQUESTED);
    }

    @Test
    void silenceIsNotConsent() {
        Consultation c = open();
        c.closeIfDue(DEADLINE);
        assertThat(c.outcome()).isEqualTo(ConsultationOutcome.UNANSWERED);
        assertThat(c.summary(NAMES)).startsWith("Inga svar (0 av 4 ledamöter svarade");
    }

    @Test
    void commentsAloneStillConsent() {
        Consultation c = open();
        c.respond("maria", ConsultationAnswer.COMMENT, "Bra att e-arkivet ingår.", NOW);
        c.closeIfDue(DEADLINE);
        assertThat(c.outcome()).isEqualTo(ConsultationOutcome.CONSENTED);
    }

    @Test
    void theSummaryListsEveryObjectionAndCommentByName() {
        Consultation c = open();
        c.respond("maria", ConsultationAnswer.COMMENT, "Ta med IT-enheten.", NOW);
        c.respond("sven", ConsultationAnswer.OBJECT, "Dubbla system för samma behov.", NOW);
        c.respond("olle", ConsultationAnswer.AGREE, null, NOW);
        c.closeIfDue(DEADLINE);
        assertThat(c.summary(u -> NAMES.apply(u) == null ? u : NAMES.apply(u))).isEqualTo(
                "Invändningar (3 av 4 ledamöter svarade, 1 tillstyrkte)."
                        + " Invändning från Sven Lind: Dubbla system för samma behov."
                        + " Synpunkt från Maria Berg: Ta med IT-enheten.");
        assertThatThrownBy(() -> open().summary(NAMES)).as("only a closed samråd has an outcome")
                .isInstanceOf(IllegalStateException.class);
    }
}
