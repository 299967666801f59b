package se.digiportal.portfolio.domain.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

class PrioritizationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final Criterion benefit = new Criterion("BENEFIT", "Nytta", 40, Direction.HIGHER_IS_BETTER, 1);
    private final Criterion risk = new Criterion("RISK", "Risk", 20, Direction.LOWER_IS_BETTER, 2);

    @Test
    void a_weighted_value_counts_high_scores_for_benefits_and_low_scores_for_risks() {
        Assessment a = new Assessment(2027, "DIGI-2026-0001");
        a.assess(800, Map.of("BENEFIT", 5, "RISK", 2), Forcing.NONE);

        // 40 × 5 + 20 × (6 − 2)
        assertThat(a.value(List.of(benefit, risk))).isEqualTo(280);
    }

    @Test
    void an_unscored_criterion_gives_nothing() {
        Assessment a = new Assessment(2027, "DIGI-2026-0001");
        Map<String, Integer> scores = new HashMap<>();
        scores.put("BENEFIT", 3);
        scores.put("RISK", null);
        a.assess(100, scores, Forcing.NONE);

        assertThat(a.value(List.of(benefit, risk))).isEqualTo(120);
        assertThat(a.scores()).containsOnlyKeys("BENEFIT");
    }

    @Test
    void reweighting_changes_the_value() {
        Assessment a = new Assessment(2027, "DIGI-2026-0001");
        a.assess(100, Map.of("BENEFIT", 3), Forcing.NONE);
        benefit.reweight(10);

        assertThat(a.value(List.of(benefit))).isEqualTo(30);
    }

    @Test
    void weights_scores_and_costs_stay_in_their_ranges() {
        assertThatThrownBy(() -> benefit.reweight(101)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> benefit.reweight(-1)).isInstanceOf(InvalidInputException.class);
        Assessment a = new Assessment(2027, "DIGI-2026-0001");
        assertThatThrownBy(() -> a.assess(100, Map.of("BENEFIT", 6), Forcing.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.assess(100, Map.of("BENEFIT", 0), Forcing.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.assess(-1, Map.of(), Forcing.NONE))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).field()).isEqualTo("cost");
        assertThatThrownBy(() -> new Criterion("BENEFIT", " ", 1, Direction.HIGHER_IS_BETTER, 1))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_scenario_sums_what_it_selected() {
        Scenario s = scenario("Grundförslag");

        assertThat(s.totalCost()).isEqualTo(1300);
        assertThat(s.totalValue()).isEqualTo(500);
        assertThat(s.lines()).extracting(Scenario.Line::caseNumber)
                .containsExactly("DIGI-2026-0001", "DIGI-2026-0002", "DIGI-2026-0003");
    }

    @Test
    void a_year_is_frozen_once_and_then_closed() throws Exception {
        PriorityYear year = new PriorityYear(2027);
        year.budget(2000);
        Scenario chosen = withId(scenario("Grundförslag"), 7L);
        Scenario other = withId(scenario("Alternativ"), 8L);

        year.freeze(chosen, "petra", NOW);

        assertThat(year.frozen()).isTrue();
        assertThat(year.frozenScenarioId()).isEqualTo(7L);
        assertThat(chosen.frozen()).isTrue();
        assertThatThrownBy(() -> year.freeze(other, "petra", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage(PriorityYear.FROZEN_KEY);
        assertThat(other.frozen()).isFalse();
        assertThatThrownBy(() -> year.budget(3000)).isInstanceOf(ConflictException.class);
        assertThat(year.budget()).isEqualTo(2000);
    }

    @Test
    void a_scenario_of_another_year_cannot_be_the_decision() throws Exception {
        PriorityYear year = new PriorityYear(2028);
        Scenario s = withId(scenario("Grundförslag"), 7L);

        assertThatThrownBy(() -> year.freeze(s, "petra", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(year.frozen()).isFalse();
    }

    @Test
    void a_comparison_lists_both_sides_and_marks_where_they_differ() {
        List<Scenario.Line> left = scenario("A").lines();
        List<Scenario.Line> right = List.of(
                new Scenario.Line("DIGI-2026-0002", "Två", "SOCIAL", 500, 100, Forcing.NONE, true),
                new Scenario.Line("DIGI-2026-0004", "Fyra", "TECHNICAL", 100, 50, Forcing.IN, true));

        List<ScenarioComparison.Row> rows = ScenarioComparison.rows(left, right);

        assertThat(rows).extracting(ScenarioComparison.Row::caseNumber)
                .containsExactly("DIGI-2026-0001", "DIGI-2026-0002", "DIGI-2026-0003", "DIGI-2026-0004");
        assertThat(rows).extracting(ScenarioComparison.Row::differs).containsExactly(true, false, false, true);
        assertThat(rows.get(3).left()).isNull();
    }

    private static Scenario scenario(String name) {
        return new Scenario(2027, name, 2000, "Nytta 40, Risk 20", List.of(
                new Scenario.Line("DIGI-2026-0001", "Ett", "SOCIAL", 800, 400, Forcing.IN, true),
                new Scenario.Line("DIGI-2026-0002", "Två", "SOCIAL", 500, 100, Forcing.NONE, true),
                new Scenario.Line("DIGI-2026-0003", "Tre", "TECHNICAL", 900, 300, Forcing.OUT, false)),
                "petra", NOW);
    }

    private static Scenario withId(Scenario s, long id) throws Exception {
        Field f = Scenario.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(s, id);
        return s;
    }
}
