package se.digiportal.portfolio.domain.synergy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Entry;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Kind;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Overlap;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Reason;

class SynergyFinderTest {

    private static final List<String> SYSTEMS = List.of("Lifecare", "Procapita", "Ekonomisystem");

    @Test
    void items_naming_the_same_registered_system_overlap() {
        List<Overlap> found = SynergyFinder.overlaps(List.of(
                new Entry(Kind.ITEM, "DIGI-2025-0004", "Mobil åtkomst", "Journal i Lifecare ute hos brukaren", "SOCIAL", 1L),
                new Entry(Kind.CASE, "DIGI-2026-0003", "Ny e-tjänst för färdtjänst", "integration mot lifecare", "TECHNICAL", 2L)),
                SYSTEMS);

        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.reasons()).containsExactly(Reason.SAME_SYSTEM);
            assertThat(o.systems()).containsExactly("Lifecare");
        });
    }

    @Test
    void a_system_name_inside_another_word_is_not_a_mention() {
        assertThat(SynergyFinder.mentioned("Lifecaresupport och ekonomisystemet", SYSTEMS)).isEmpty();
    }

    @Test
    void text_about_the_same_thing_overlaps_and_unrelated_text_does_not() {
        Entry care = new Entry(Kind.ITEM, "DIGI-2025-0004", "Mobil dokumentation i hemtjänsten", null, "SOCIAL", 1L);
        Entry lss = new Entry(Kind.CASE, "DIGI-2026-0007", "Mobil dokumentation för LSS-boenden", null, "SOCIAL", 1L);
        Entry streets = new Entry(Kind.ITEM, "DIGI-2025-0015", "Digital felanmälan för gator och parker", null,
                "TECHNICAL", 3L);

        List<Overlap> found = SynergyFinder.overlaps(List.of(care, lss, streets), SYSTEMS);

        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.first().caseNumber()).isEqualTo("DIGI-2025-0004");
            assertThat(o.second().caseNumber()).isEqualTo("DIGI-2026-0007");
            assertThat(o.reasons()).containsExactly(Reason.SIMILAR_TEXT);
            assertThat(o.similarity()).isGreaterThanOrEqualTo(SynergyFinder.SIMILAR_TEXT);
        });
    }

    @Test
    void the_same_service_area_in_two_forvaltningar_overlaps_but_not_within_one() {
        Entry a = new Entry(Kind.ITEM, "DIGI-2025-0009", "Skolskjuts", null, "PEDAGOGICAL", 5L);
        Entry b = new Entry(Kind.CASE, "DIGI-2026-0011", "Lärplattform", null, "PEDAGOGICAL", 6L);
        Entry c = new Entry(Kind.CASE, "DIGI-2026-0012", "Frånvarorapportering", null, "PEDAGOGICAL", 5L);

        List<Overlap> found = SynergyFinder.overlaps(List.of(a, b, c), SYSTEMS);

        assertThat(found).extracting(o -> o.first().caseNumber() + "/" + o.second().caseNumber())
                .containsExactly("DIGI-2025-0009/DIGI-2026-0011", "DIGI-2026-0011/DIGI-2026-0012");
        assertThat(found).allSatisfy(o -> assertThat(o.reasons()).containsExactly(Reason.SAME_AREA_OTHER_UNIT));
    }

    @Test
    void an_item_and_its_own_case_are_one_thing_and_stronger_overlaps_come_first() {
        Entry item = new Entry(Kind.ITEM, "DIGI-2026-0001", "Lifecare mobil dokumentation", null, "SOCIAL", 1L);
        Entry itsCase = new Entry(Kind.CASE, "DIGI-2026-0001", "Lifecare mobil dokumentation", null, "SOCIAL", 1L);
        Entry weak = new Entry(Kind.CASE, "DIGI-2026-0020", "Bemanning", null, "SOCIAL", 2L);
        Entry strong = new Entry(Kind.CASE, "DIGI-2026-0021", "Mobil dokumentation Lifecare LSS", null, "SOCIAL", 2L);

        List<Overlap> found = SynergyFinder.overlaps(List.of(item, itsCase, weak, strong), SYSTEMS);

        assertThat(found).noneMatch(o -> o.first().caseNumber().equals(o.second().caseNumber()));
        assertThat(found.get(0).reasons()).containsExactlyInAnyOrder(Reason.SAME_SYSTEM, Reason.SIMILAR_TEXT,
                Reason.SAME_AREA_OTHER_UNIT);
        assertThat(found.get(0).second().caseNumber()).isEqualTo("DIGI-2026-0021");
    }
}
