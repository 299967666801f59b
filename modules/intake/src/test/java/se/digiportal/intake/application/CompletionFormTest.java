package se.digiportal.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.digiportal.intake.domain.InitiativeRevision;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/** What a completion sends: left out keeps the current text, sent blank removes it (and the rules then object). */
class CompletionFormTest {

    private static final InitiativeRevision CURRENT = new InitiativeRevision("Digitala larm", "Larm faller bort.",
            "Digitala trygghetslarm.", "Tryggare brukare.", "Olle Strand", 600, "Budget 2027", null, null);

    @Test
    void a_field_left_out_keeps_the_current_text() {
        CompletionForm form = new CompletionForm();
        form.setFinancingSource("Budget 2027 och statsbidrag");

        InitiativeRevision revised = form.revisionOf(CURRENT);

        assertThat(revised.title()).isEqualTo("Digitala larm");
        assertThat(revised.estimatedTotalHours()).isEqualTo(600);
        assertThat(revised.financingSource()).isEqualTo("Budget 2027 och statsbidrag");
        assertThat(revised.errorsAgainst(CURRENT)).isEmpty();
    }

    @Test
    void the_page_sends_every_field_so_an_emptied_one_is_a_removal() {
        CompletionForm form = CompletionForm.of(CURRENT);
        form.setProposedSolution(null);
        form.markAllSent();

        InitiativeRevision revised = form.revisionOf(CURRENT);

        assertThat(revised.proposedSolution()).isNull();
        assertThat(revised.integrationsWith()).as("empty before, empty now").isNull();
        assertThat(revised.errorsAgainst(CURRENT))
                .containsExactly(new FieldError("proposedSolution", "validation.required"));
    }
}
