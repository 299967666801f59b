package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/** Komplettering: the request, the answer, the revised text and the versions it makes. */
class CompletionTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-04T13:40:00Z");
    private static final Instant LATER = Instant.parse("2026-03-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-18");

    private static Initiative submitted() {
        Initiative i = Initiative.draft(InitiativeTest.complete(), "anna", SUBMITTED);
        i.submit(CaseNumber.parse("DIGI-2026-0042"), SUBMITTED, new CriteriaResult(List.of(), "Kontakta oss."),
                "SOC-ALD", null);
        return i;
    }

    private static InitiativeRevision revised(Initiative i, String title, String need) {
        InitiativeRevision r = i.revision();
        return new InitiativeRevision(title, need, r.proposedSolution(), r.expectedBenefits(), r.responsibleDirector(),
                r.estimatedTotalHours(), r.financingSource(), r.integrationsWith(), r.externalParty());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void a_request_needs_what_to_complete_and_a_deadline_not_yet_passed() {
        CompletionRequest r = CompletionRequest.open(1L, "  Beskriv finansieringen.  ", TODAY, TODAY, "berit", LATER);
        assertThat(r.isOpen()).isTrue();
        assertThat(r.whatToComplete()).isEqualTo("Beskriv finansieringen.");

        assertThatThrownBy(() -> CompletionRequest.open(1L, " ", TODAY.minusDays(1), TODAY, "berit", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("whatToComplete", "validation.required"),
                        new FieldError("deadline", "intake.completion.deadlinePassed")));
        assertThatThrownBy(() -> CompletionRequest.open(1L, "Något", null, TODAY, "berit", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("deadline"));
    }

    @Test
    void an_answer_is_required_closes_the_request_and_only_once() {
        CompletionRequest r = CompletionRequest.open(1L, "Beskriv finansieringen.", TODAY, TODAY, "berit", LATER);
        assertThat(CompletionRequest.answerErrors("  ")).containsExactly(new FieldError("answer", "validation.required"));
        assertThat(CompletionRequest.answerErrors("x".repeat(5001)))
                .containsExactly(new FieldError("answer", "validation.size.max"));
        assertThatThrownBy(() -> r.answer(null, "anna", LATER, 2)).isInstanceOf(InvalidInputException.class);
        assertThat(r.isOpen()).as("a refused answer leaves the request open").isTrue();

        r.answer(" Finansieras av äldreomsorgens budget. ", "anna", LATER, 2);

        assertThat(r.isOpen()).isFalse();
        assertThat(r.answer()).isEqualTo("Finansieras av äldreomsorgens budget.");
        assertThat(r.answerVersion()).isEqualTo(2);
        assertThatThrownBy(() -> r.answer("Igen", "anna", LATER, 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completing_revises_the_text_and_counts_the_version_up() {
        Initiative i = submitted();
        assertThat(i.contentVersion()).isEqualTo(1);

        int version = i.complete(revised(i, "Digital signering, med finansiering", "Nytt behov."), LATER);

        assertThat(version).isEqualTo(2);
        assertThat(i.contentVersion()).isEqualTo(2);
        assertThat(i.title()).isEqualTo("Digital signering, med finansiering");
        assertThat(i.need()).isEqualTo("Nytt behov.");
        assertThat(i.updatedAt()).isEqualTo(LATER);
        assertThat(i.complete(i.revision(), LATER)).isEqualTo(3);
    }

    @Test
    void a_completion_may_not_blank_the_title_nor_remove_an_answer_the_case_had() {
        Initiative i = submitted();
        InitiativeRevision r = i.revision();
        InitiativeRevision removing = new InitiativeRevision(" ", r.need(), null, r.expectedBenefits(),
                r.responsibleDirector(), null, r.financingSource(), r.integrationsWith(), r.externalParty());

        assertThatThrownBy(() -> i.complete(removing, LATER)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(fields(e)).containsExactlyInAnyOrder("title", "proposedSolution", "estimatedTotalHours"));
        assertThat(i.contentVersion()).as("nothing half-saved").isEqualTo(1);
        assertThat(i.title()).isEqualTo("Digital signering av biståndsbeslut");
    }

    @Test
    void an_answer_missing_before_may_stay_missing_and_negative_hours_are_refused() {
        InitiativeRevision before = new InitiativeRevision("T", "N", null, null, null, null, null, null, null);
        assertThat(new InitiativeRevision("T", "N", null, null, null, null, null, null, null).errorsAgainst(before))
                .isEmpty();
        assertThat(new InitiativeRevision("T", "N", null, null, null, -1, null, null, null).errorsAgainst(before))
                .containsExactly(new FieldError("estimatedTotalHours", "validation.min"));
    }

    @Test
    void only_a_case_under_preparation_can_be_completed() {
        Initiative draft = Initiative.draft(InitiativeTest.complete(), "anna", SUBMITTED);
        assertThat(draft.mayBeCompleted()).isFalse();
        assertThatThrownBy(() -> draft.complete(draft.revision(), LATER)).isInstanceOf(IllegalStateException.class);

        Initiative withdrawn = submitted();
        withdrawn.withdraw("Behovet är löst.", LATER);
        assertThat(withdrawn.mayBeCompleted()).isFalse();
        assertThatThrownBy(() -> withdrawn.complete(withdrawn.revision(), LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void version_one_is_the_submitted_text_without_answer_later_ones_carry_the_answer() {
        Initiative i = submitted();
        InitiativeVersion first = new InitiativeVersion(1L, 1, SUBMITTED, "anna", null, i.revision());
        assertThat(first.text()).isEqualTo(i.revision());

        assertThatThrownBy(() -> new InitiativeVersion(1L, 2, LATER, "anna", null, i.revision()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InitiativeVersion(1L, 1, LATER, "anna", "Svar", i.revision()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InitiativeVersion(1L, 0, LATER, "anna", null, i.revision()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_message_needs_subject_and_text_and_a_reply_keeps_the_threads_subject() {
        assertThatThrownBy(() -> ThreadMessage.fromPreparers(1L, "berit", "Berit", "", " ", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactly("subject", "text"));
        ThreadMessage question = ThreadMessage.fromPreparers(1L, "berit", "Berit Holm", "Fråga om finansiering",
                " Hur finansieras driften? ", LATER);
        assertThat(question.text()).isEqualTo("Hur finansieras driften?");
        assertThat(question.fromPreparers()).isTrue();
        assertThat(question.replySubject()).isEqualTo("Sv: Fråga om finansiering");

        ThreadMessage reply = ThreadMessage.reply(1L, "anna", "Anna Lindqvist", question.replySubject(), "Via budgeten.", LATER);
        assertThat(reply.fromPreparers()).isFalse();
        assertThat(reply.replySubject()).as("no Sv: Sv:").isEqualTo("Sv: Fråga om finansiering");
        assertThatThrownBy(() -> ThreadMessage.reply(1L, "anna", "Anna", "Sv: x", "x".repeat(5001), LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("text"));
    }
}
