package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;

class DecisionBasisTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static DecisionBasisContent complete() {
        return new DecisionBasisContent("Bakgrund", "Behov", null, "800 timmar", "Leverantörsberoende",
                "Personuppgifter behandlas; DPIA görs", "Genomför som pilot", "Rådet beslutar att ...");
    }

    @Test
    void a_draft_may_be_saved_incomplete_and_names_what_is_missing() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", NOW);

        d.saveDraft(new DecisionBasisContent("Bakgrund", "  ", null, null, null, null, null, null), "berit", NOW);

        assertThat(d.content().background()).isEqualTo("Bakgrund");
        assertThat(d.content().need()).as("blank is empty").isNull();
        assertThat(d.missingSections()).containsExactly("need", "costs", "risks", "gdpr", "recommendation",
                "proposedDecision");
    }

    @Test
    void publishing_names_every_missing_required_section_at_its_field() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", NOW);
        d.saveDraft(new DecisionBasisContent("Bakgrund", "Behov", null, "Kostnad", null, "GDPR", "Rek", null),
                "berit", NOW);

        assertThatThrownBy(() -> d.publish(c, "berit", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("risks", "proposedDecision"));
        assertThat(d.published()).isFalse();
    }

    @Test
    void options_are_not_required_and_a_complete_underlag_is_published_and_frozen() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.CONSULTATION);
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", NOW);
        d.saveDraft(complete(), "berit", NOW);

        d.publish(c, "jonas", NOW);

        assertThat(d.published()).isTrue();
        assertThat(d.publishedBy()).isEqualTo("jonas");
        assertThatThrownBy(() -> d.saveDraft(complete(), "berit", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.publish(c, "berit", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_a_case_whose_underlag_is_in_preparation_is_published() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", NOW);
        d.saveDraft(complete(), "berit", NOW);
        c.awaitCompletion(NOW);

        assertThatThrownBy(() -> d.publish(c, "berit", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_case_on_the_recommendations_only_path_has_no_underlag() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.RECOMMENDATIONS_ONLY);

        assertThatThrownBy(() -> DecisionBasis.draftFor(c, "berit", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_section_over_the_limit_is_refused_at_its_field() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", NOW);
        String tooLong = "x".repeat(DecisionBasisContent.SECTION_MAX_LENGTH + 1);

        assertThatThrownBy(() -> d.saveDraft(new DecisionBasisContent(null, null, null, null, tooLong, null, null,
                null), "berit", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("risks"));
    }
}
