package se.digiportal.portfolio.domain.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.portfolio.domain.priority.BudgetSelection.Candidate;
import se.digiportal.portfolio.domain.priority.BudgetSelection.FrontierPoint;
import se.digiportal.portfolio.domain.priority.BudgetSelection.Result;

class BudgetSelectionTest {

    /** Costs in tkr, values in points. */
    private static final List<Candidate> FOUR = List.of(
            new Candidate("A", 5, 10), new Candidate("B", 4, 40), new Candidate("C", 6, 30), new Candidate("D", 3, 50));

    private static Result select(List<Candidate> candidates, long budget) {
        return BudgetSelection.select(candidates, budget, Set.of(), Set.of());
    }

    @Test
    void the_suggestion_is_the_most_valuable_selection_within_the_budget() {
        // By hand: B+D costs 7 and is worth 90; B+C (10, 70), C+D (9, 80) and A+B (9, 50) are worth less.
        Result r = select(FOUR, 10);

        assertThat(r.selected()).containsExactly("B", "D");
        assertThat(r.cost()).isEqualTo(7);
        assertThat(r.value()).isEqualTo(90);
    }

    @Test
    void the_frontier_is_the_best_value_at_every_cost_where_it_rises() {
        Result r = select(FOUR, 10);

        // D (3, 50), B+D (7, 90), A+B+D (12, 100), B+C+D (13, 120), all (18, 130).
        assertThat(r.frontier()).containsExactly(new FrontierPoint(0, 0), new FrontierPoint(3, 50),
                new FrontierPoint(7, 90), new FrontierPoint(12, 100), new FrontierPoint(13, 120),
                new FrontierPoint(18, 130));
    }

    @Test
    void a_forced_in_candidate_is_always_chosen_and_a_forced_out_one_never() {
        // A is forced in (5, 10), leaving 5 tkr: B fits, C does not; D would be best but is forced out.
        Result r = BudgetSelection.select(FOUR, 10, Set.of("A"), Set.of("D"));

        assertThat(r.selected()).containsExactly("A", "B");
        assertThat(r.cost()).isEqualTo(9);
        assertThat(r.value()).isEqualTo(50);
        assertThat(r.frontier()).containsExactly(new FrontierPoint(5, 10), new FrontierPoint(9, 50),
                new FrontierPoint(15, 80));
    }

    @Test
    void the_best_candidate_forced_out_is_not_chosen_even_when_it_fits() {
        Result r = BudgetSelection.select(FOUR, 10, Set.of(), Set.of("D"));

        assertThat(r.selected()).containsExactly("B", "C");
        assertThat(r.value()).isEqualTo(70);
        assertThat(r.frontier()).extracting(FrontierPoint::cost).doesNotContain(3L);
    }

    @Test
    void forced_in_candidates_costing_more_than_the_budget_are_refused_clearly() {
        assertThatThrownBy(() -> BudgetSelection.select(FOUR, 10, Set.of("A", "C"), Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .isEqualTo(List.of(new FieldError("forceIn", BudgetSelection.FORCED_OVER_BUDGET_KEY)));
    }

    @Test
    void forced_in_candidates_costing_exactly_the_budget_are_all_there_is() {
        Result r = BudgetSelection.select(FOUR, 11, Set.of("A", "C"), Set.of());

        assertThat(r.selected()).containsExactly("A", "C");
        assertThat(r.cost()).isEqualTo(11);
    }

    @Test
    void a_candidate_cannot_be_forced_both_in_and_out() {
        assertThatThrownBy(() -> BudgetSelection.select(FOUR, 10, Set.of("B"), Set.of("B")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).messageKey())
                .isEqualTo(BudgetSelection.FORCED_BOTH_KEY);
    }

    @Test
    void of_equally_valuable_selections_the_cheapest_is_suggested() {
        Result r = select(List.of(new Candidate("P", 6, 20), new Candidate("Q", 4, 20)), 6);

        assertThat(r.selected()).containsExactly("Q");
        assertThat(r.cost()).isEqualTo(4);
    }

    @Test
    void of_equally_valuable_and_expensive_selections_the_earlier_candidates_win() {
        assertThat(select(List.of(new Candidate("X", 5, 10), new Candidate("Y", 5, 10)), 5).selected())
                .containsExactly("X");
        // R+S and T both cost 4 and are worth 20; R and S come first in the ranking.
        assertThat(select(List.of(new Candidate("R", 2, 10), new Candidate("S", 2, 10), new Candidate("T", 4, 20)), 4)
                .selected()).containsExactly("R", "S");
        assertThat(select(List.of(new Candidate("T", 4, 20), new Candidate("R", 2, 10), new Candidate("S", 2, 10)), 4)
                .selected()).containsExactly("T");
    }

    @Test
    void a_zero_budget_takes_only_what_costs_nothing() {
        Result r = select(List.of(new Candidate("Z", 0, 5), new Candidate("A", 1, 10), new Candidate("N", 0, 0)), 0);

        assertThat(r.selected()).containsExactly("Z");
        assertThat(r.cost()).isZero();
        assertThat(r.value()).isEqualTo(5);
        assertThat(select(FOUR, 0).selected()).isEmpty();
        assertThat(select(List.of(), 0).frontier()).containsExactly(new FrontierPoint(0, 0));
    }

    @Test
    void a_budget_beyond_everything_takes_everything_of_value() {
        Result r = select(FOUR, 1_000);

        assertThat(r.selected()).containsExactly("A", "B", "C", "D");
        assertThat(r.value()).isEqualTo(130);
    }

    @Test
    void a_negative_budget_is_refused() {
        assertThatThrownBy(() -> select(FOUR, -1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).field()).isEqualTo("budget");
    }

    @Test
    void a_problem_above_the_size_limit_is_refused_rather_than_run() {
        List<Candidate> huge = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            huge.add(new Candidate("K" + i, 1_000_000, 1));
        }
        assertThatThrownBy(() -> select(huge, 10)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).messageKey())
                .isEqualTo(BudgetSelection.TOO_LARGE_KEY);
    }

    @Test
    void the_suggestion_matches_trying_every_selection_on_small_random_cases() {
        Random random = new Random(6);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(10);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                candidates.add(new Candidate("C" + i, random.nextInt(12), random.nextInt(20)));
            }
            long budget = random.nextInt(40);

            Result r = select(candidates, budget);

            long bestValue = 0;
            long cheapest = 0;
            for (int mask = 0; mask < (1 << n); mask++) {
                long cost = 0;
                long value = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        cost += candidates.get(i).cost();
                        value += candidates.get(i).value();
                    }
                }
                if (cost <= budget && (value > bestValue || value == bestValue && cost < cheapest)) {
                    bestValue = value;
                    cheapest = cost;
                }
            }
            assertThat(r.value()).as("round %d", round).isEqualTo(bestValue);
            assertThat(r.cost()).as("round %d", round).isEqualTo(cheapest).isLessThanOrEqualTo(budget);
            assertThat(r.selected().stream().mapToLong(k -> candidates.stream().filter(c -> c.key().equals(k))
                    .findFirst().orElseThrow().value()).sum()).isEqualTo(r.value());
        }
    }
}
