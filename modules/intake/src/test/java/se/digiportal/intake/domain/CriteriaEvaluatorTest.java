package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaEvaluatorTest {

    private static final String OFFICE = "IT-projektkontoret, pmo@adalen.example";
    private static final String LEAD = "Jonas Ek, forvaltningsledare@adalen.example";
    private final CriteriaEvaluator evaluator = new CriteriaEvaluator(40, 500, OFFICE, LEAD);

    private static CriteriaAnswers nothingAnswered() {
        return new CriteriaAnswers(null, null, null, null, null, null, "SOC-ALD", null);
    }

    private static CriteriaAnswers quiet() {
        return new CriteriaAnswers(100, Map.of(SharedResource.LEGAL, 10), true, false, false, false, "SOC-ALD",
                Set.of());
    }

    private static CriteriaAnswers withShared(Map<SharedResource, Integer> hours) {
        return new CriteriaAnswers(100, hours, true, false, false, false, "SOC-ALD", Set.of());
    }

    private static CriteriaAnswers withTotal(int total) {
        return new CriteriaAnswers(total, Map.of(), true, false, false, false, "SOC-ALD", Set.of());
    }

    @Test
    void forty_shared_hours_do_not_meet_criterion_one_but_forty_one_do() {
        assertThat(evaluator.evaluate(withShared(Map.of(SharedResource.DIGITALISATION, 40)))
                .isMet(Criterion.SHARED_RESOURCES_OVER_40H)).isFalse();
        CriteriaResult over = evaluator.evaluate(withShared(Map.of(SharedResource.DIGITALISATION, 41)));
        assertThat(over.isMet(Criterion.SHARED_RESOURCES_OVER_40H)).isTrue();
        assertThat(over.met().get(0).explanation()).contains("41 timmar").contains("mer än 40 timmar");
    }

    @Test
    void shared_hours_of_all_kinds_count_together() {
        CriteriaResult result = evaluator.evaluate(withShared(Map.of(SharedResource.DIGITALISATION, 20,
                SharedResource.LEGAL, 11, SharedResource.PROCUREMENT, 5, SharedResource.OTHER, 5)));
        assertThat(result.isMet(Criterion.SHARED_RESOURCES_OVER_40H)).isTrue();
        assertThat(evaluator.evaluate(withShared(Map.of(SharedResource.DIGITALISATION, 20,
                SharedResource.LEGAL, 20))).isMet(Criterion.SHARED_RESOURCES_OVER_40H)).isFalse();
    }

    @Test
    void an_empty_hours_field_counts_as_no_hours() {
        java.util.Map<SharedResource, Integer> hours = new java.util.HashMap<>();
        hours.put(SharedResource.LEGAL, null);
        hours.put(SharedResource.OTHER, 41);

        assertThat(evaluator.evaluate(withShared(hours)).isMet(Criterion.SHARED_RESOURCES_OVER_40H)).isTrue();
    }

    @Test
    void five_hundred_total_hours_do_not_meet_criterion_two_but_five_hundred_and_one_do() {
        assertThat(evaluator.evaluate(withTotal(500)).isMet(Criterion.TOTAL_OVER_500H)).isFalse();
        CriteriaResult over = evaluator.evaluate(withTotal(501));
        assertThat(over.met()).extracting(MetCriterion::code).containsExactly(Criterion.TOTAL_OVER_500H);
        assertThat(over.met().get(0).explanation()).contains("501 timmar").contains("mer än 500 timmar");
    }

    @Test
    void thresholds_come_from_configuration() {
        CriteriaEvaluator stricter = new CriteriaEvaluator(10, 100, OFFICE, LEAD);
        CriteriaResult result = stricter.evaluate(withShared(Map.of(SharedResource.OTHER, 11)));
        assertThat(result.met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.SHARED_RESOURCES_OVER_40H);
        assertThat(stricter.evaluate(withTotal(101)).isMet(Criterion.TOTAL_OVER_500H)).isTrue();
    }

    @Test
    void unclear_financing_is_met_only_when_answered_unclear() {
        var unclear = new CriteriaAnswers(100, Map.of(), false, false, false, false, "SOC-ALD", Set.of());
        assertThat(evaluator.evaluate(unclear).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.UNCLEAR_FINANCING);
        assertThat(evaluator.evaluate(quiet()).isMet(Criterion.UNCLEAR_FINANCING)).isFalse();
        assertThat(evaluator.evaluate(nothingAnswered()).isMet(Criterion.UNCLEAR_FINANCING)).isFalse();
    }

    @Test
    void new_it_support_new_integrations_and_external_processing_are_each_a_criterion() {
        var itSupport = new CriteriaAnswers(100, Map.of(), true, true, false, false, "SOC-ALD", Set.of());
        var integrations = new CriteriaAnswers(100, Map.of(), true, false, true, false, "SOC-ALD", Set.of());
        var external = new CriteriaAnswers(100, Map.of(), true, false, false, true, "SOC-ALD", Set.of());

        assertThat(evaluator.evaluate(itSupport).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.NEW_IT_SUPPORT);
        assertThat(evaluator.evaluate(integrations).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.NEW_INTEGRATIONS);
        assertThat(evaluator.evaluate(external).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.EXTERNAL_PROCESSING);
        assertThat(evaluator.evaluate(external).met().get(0).explanation()).contains("extern part");
    }

    @Test
    void affecting_another_verksamhet_meets_several_units_but_naming_ones_own_does_not() {
        var own = new CriteriaAnswers(100, Map.of(), true, false, false, false, "SOC-ALD", Set.of("SOC-ALD"));
        var other = new CriteriaAnswers(100, Map.of(), true, false, false, false, "SOC-ALD",
                Set.of("SOC-ALD", "UBF-GRU"));

        assertThat(evaluator.evaluate(own).noneMet()).isTrue();
        assertThat(evaluator.evaluate(other).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.SEVERAL_UNITS);
        assertThat(evaluator.evaluate(other).met().get(0).explanation()).contains("UBF-GRU");
    }

    @Test
    void when_none_is_met_the_guidance_names_both_contacts() {
        CriteriaResult result = evaluator.evaluate(quiet());

        assertThat(result.noneMet()).isTrue();
        assertThat(result.guidance()).contains("Inget av kriterierna är uppfyllt").contains(OFFICE).contains(LEAD);
    }

    @Test
    void when_one_is_met_there_is_no_guidance() {
        assertThat(evaluator.evaluate(withTotal(501)).guidance()).isNull();
    }

    @Test
    void all_seven_can_be_met_at_once_in_the_rules_order() {
        var everything = new CriteriaAnswers(501, Map.of(SharedResource.PROCUREMENT, 41), false, true, true, true,
                "SOC-ALD", Set.of("UBF-GRU"));

        assertThat(evaluator.evaluate(everything).met()).extracting(MetCriterion::code)
                .containsExactly(Criterion.values());
    }
}
