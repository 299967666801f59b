package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Återremiss: a referred case the council returns is prepared again and can be referred anew. */
class CouncilReturnTest {

    static final Instant PUBLISHED = Instant.parse("2026-11-10T09:00:00Z");
    static final Instant RETURNED = Instant.parse("2026-12-10T14:00:00Z");

    static DecisionBasis publishedUnderlag(PreparationCase c) {
        DecisionBasis d = DecisionBasis.draftFor(c, "berit", PUBLISHED);
        d.saveDraft(new DecisionBasisContent("Bakgrund", "Behov", "Alternativ", "800 timmar", "Risker", "GDPR",
                "Genomför som pilot", "Rådet beviljar initiativet."), "berit", PUBLISHED);
        d.publish(c, "berit", PUBLISHED);
        c.referred(PUBLISHED);
        return d;
    }

    @Test
    void a_returned_case_is_prepared_again_with_what_to_complete_and_can_be_referred_anew() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        publishedUnderlag(c);

        c.returnedByCouncil("  Redovisa förvaltningskostnaderna.  ", "Digitaliseringsrådet 2026-12-10, § 2", RETURNED);

        assertThat(c.status()).isEqualTo(PreparationStatus.UNDERLAG_IN_PREPARATION);
        assertThat(c.status().isOpen()).as("back on the workbench").isTrue();
        assertThat(c.statusSince()).isEqualTo(RETURNED);
        assertThat(c.councilReturnNote()).isEqualTo("Redovisa förvaltningskostnaderna.");
        assertThat(c.councilReturnRef()).isEqualTo("Digitaliseringsrådet 2026-12-10, § 2");
        assertThat(c.councilReturnedAt()).isEqualTo(RETURNED);
        c.referred(RETURNED.plusSeconds(3600));
        assertThat(c.status()).isEqualTo(PreparationStatus.REFERRED);
    }

    @Test
    void only_a_referred_case_is_returned_and_never_without_what_to_complete() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        assertThatThrownBy(() -> c.returnedByCouncil("Komplettera", "§ 1", RETURNED))
                .as("still being prepared").isInstanceOf(IllegalStateException.class);
        publishedUnderlag(c);
        assertThatThrownBy(() -> c.returnedByCouncil(" ", "§ 1", RETURNED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.returnedByCouncil("x".repeat(5001), "§ 1", RETURNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(c.status()).as("nothing changed").isEqualTo(PreparationStatus.REFERRED);
        assertThat(c.councilReturnNote()).isNull();
    }

    @Test
    void the_new_draft_starts_from_what_the_council_read_which_stays_frozen() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis read = publishedUnderlag(c);
        c.returnedByCouncil("Redovisa förvaltningskostnaderna.", "§ 2", RETURNED);

        DecisionBasis next = DecisionBasis.revisionOf(read, c, "rolf", RETURNED);

        assertThat(next.published()).isFalse();
        assertThat(next.content()).isEqualTo(read.content());
        next.saveDraft(new DecisionBasisContent("Bakgrund", "Behov", "Alternativ", "800 timmar + 120 000 kr/år i drift",
                "Risker", "GDPR", "Genomför som pilot", "Rådet beviljar initiativet."), "berit", RETURNED);
        next.publish(c, "berit", RETURNED);
        assertThat(read.content().costs()).as("the council's copy is untouched").isEqualTo("800 timmar");
        assertThatThrownBy(() -> read.saveDraft(read.content(), "berit", RETURNED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_revision_starts_only_from_the_same_cases_published_underlag() {
        PreparationCase c = Cases.routed(1, "DIGI-2026-0001", Routing.REFER_TO_COUNCIL);
        DecisionBasis draft = DecisionBasis.draftFor(c, "berit", PUBLISHED);
        assertThatThrownBy(() -> DecisionBasis.revisionOf(draft, c, "rolf", RETURNED))
                .isInstanceOf(IllegalArgumentException.class);
        PreparationCase other = Cases.routed(2, "DIGI-2026-0002", Routing.REFER_TO_COUNCIL);
        DecisionBasis read = publishedUnderlag(c);
        assertThatThrownBy(() -> DecisionBasis.revisionOf(read, other, "rolf", RETURNED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
