package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.beredning.domain.Ranking.RankedCase;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

class RankingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final RankedCase A = new RankedCase(1, "DIGI-2026-0001");
    private static final RankedCase B = new RankedCase(2, "DIGI-2026-0002");
    private static final RankedCase C = new RankedCase(3, "DIGI-2026-0003");

    private static Ranking ranking(RankedCase... cases) {
        Ranking r = new Ranking("SOCIAL", 2027);
        r.follow(List.of(cases));
        return r;
    }

    private static List<Integer> positions(Ranking r) {
        return r.entries().stream().map(RankingEntry::position).toList();
    }

    @Test
    void included_cases_join_in_the_order_given_with_positions_one_to_n() {
        Ranking r = ranking(A, B, C);

        assertThat(r.ranking()).containsExactly(A.caseNumber(), B.caseNumber(), C.caseNumber());
        assertThat(positions(r)).containsExactly(1, 2, 3);
    }

    @Test
    void following_keeps_the_chosen_order_drops_cases_no_longer_included_and_appends_new_ones() {
        Ranking r = ranking(A, B);
        r.reorder(List.of(B.caseNumber(), A.caseNumber()), "berit", NOW);

        r.follow(List.of(A, C));

        assertThat(r.ranking()).containsExactly(A.caseNumber(), C.caseNumber());
        assertThat(positions(r)).containsExactly(1, 2);
    }

    @Test
    void a_reorder_must_name_every_case_exactly_once() {
        Ranking r = ranking(A, B, C);

        assertThatThrownBy(() -> r.reorder(List.of(A.caseNumber(), A.caseNumber(), B.caseNumber()), "berit", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.reorder(List.of(A.caseNumber(), B.caseNumber()), "berit", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.reorder(List.of(A.caseNumber(), B.caseNumber(), "DIGI-2026-0099"), "berit", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(r.ranking()).as("a refused order changes nothing")
                .containsExactly(A.caseNumber(), B.caseNumber(), C.caseNumber());
    }

    @Test
    void a_valid_reorder_gives_unique_positions() {
        Ranking r = ranking(A, B, C);

        r.reorder(List.of(C.caseNumber(), A.caseNumber(), B.caseNumber()), "berit", NOW);

        assertThat(r.ranking()).containsExactly(C.caseNumber(), A.caseNumber(), B.caseNumber());
        assertThat(positions(r)).containsExactly(1, 2, 3);
        assertThat(r.updatedBy()).isEqualTo("berit");
    }

    @Test
    void moving_up_and_down_swaps_neighbours_and_stops_at_the_ends() {
        Ranking r = ranking(A, B, C);

        r.move(C.caseNumber(), true, "berit", NOW);
        assertThat(r.ranking()).containsExactly(A.caseNumber(), C.caseNumber(), B.caseNumber());
        r.move(A.caseNumber(), true, "berit", NOW);
        assertThat(r.ranking()).containsExactly(A.caseNumber(), C.caseNumber(), B.caseNumber());
        r.move(A.caseNumber(), false, "berit", NOW);
        assertThat(r.ranking()).containsExactly(C.caseNumber(), A.caseNumber(), B.caseNumber());
    }

    @Test
    void a_frozen_ranking_is_immutable() {
        Ranking r = ranking(A, B);
        r.freeze("berit", NOW);

        assertThat(r.frozen()).isTrue();
        assertThat(r.frozenBy()).isEqualTo("berit");
        assertThat(r.frozenAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> r.reorder(List.of(B.caseNumber(), A.caseNumber()), "jonas", NOW))
                .isInstanceOf(ConflictException.class).hasMessage(Ranking.FROZEN_KEY);
        assertThatThrownBy(() -> r.move(B.caseNumber(), true, "jonas", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.freeze("jonas", NOW)).isInstanceOf(ConflictException.class);
        r.follow(List.of(C));
        assertThat(r.ranking()).as("a frozen ranking follows no cases")
                .containsExactly(A.caseNumber(), B.caseNumber());
    }

    @Test
    void an_empty_ranking_cannot_be_frozen() {
        Ranking r = ranking();

        assertThatThrownBy(() -> r.freeze("berit", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage(Ranking.EMPTY_KEY);
    }
}
