package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.CaseNumber;

class InitiativeTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:15:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-03-04T13:40:00Z");

    private static Initiative draft() {
        return new Initiative("Digital signering av biståndsbeslut", "Beslut signeras för hand.", null,
                "SOCIAL", 7L, "anna", CREATED);
    }

    @Test
    void a_new_initiative_is_a_draft_without_case_number() {
        Initiative initiative = draft();

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(initiative.caseNumber()).isEmpty();
        assertThat(initiative.submittedAt()).isNull();
    }

    @Test
    void title_and_need_are_required() {
        assertThatThrownBy(() -> new Initiative(" ", "Ett behov", null, "SOCIAL", 7L, "anna", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Initiative("En titel", null, null, "SOCIAL", 7L, "anna", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void title_is_at_most_200_characters() {
        assertThatThrownBy(() -> new Initiative("x".repeat(201), "Ett behov", null, "SOCIAL", 7L, "anna", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Initiative("x".repeat(200), "Ett behov", null, "SOCIAL", 7L, "anna", CREATED).title())
                .hasSize(200);
    }

    @Test
    void submitting_sets_status_case_number_and_time() {
        Initiative initiative = draft();

        initiative.submit(new CaseNumber(2026, 12), SUBMITTED);

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.SUBMITTED);
        assertThat(initiative.caseNumber()).contains(new CaseNumber(2026, 12));
        assertThat(initiative.submittedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void an_initiative_is_submitted_only_once() {
        Initiative initiative = draft();
        initiative.submit(new CaseNumber(2026, 12), SUBMITTED);

        assertThatThrownBy(() -> initiative.submit(new CaseNumber(2026, 13), SUBMITTED.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(initiative.caseNumber()).contains(new CaseNumber(2026, 12));
        assertThat(initiative.submittedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void a_submitted_initiative_can_no_longer_be_reworded() {
        Initiative initiative = draft();
        initiative.submit(new CaseNumber(2026, 12), SUBMITTED);

        assertThatThrownBy(() -> initiative.describe("Ny titel", "Nytt behov", null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(initiative.title()).isEqualTo("Digital signering av biståndsbeslut");
    }

    @Test
    void a_blank_proposed_solution_is_stored_as_none() {
        Initiative initiative = draft();

        initiative.describe("Digital signering", "Beslut signeras för hand.", "  ");

        assertThat(initiative.proposedSolution()).isNull();
    }
}
