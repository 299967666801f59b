package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PilotConditionTest {

    @Test
    void the_council_makes_an_item_a_pilot_by_saying_so_in_its_conditions() {
        assertThat(PilotCondition.impliedBy("som pilot")).isTrue();
        assertThat(PilotCondition.impliedBy("Beviljas som Pilot i två enheter")).isTrue();
        assertThat(PilotCondition.impliedBy("Återrapportering efter tertial 2")).isFalse();
        assertThat(PilotCondition.impliedBy(null)).isFalse();
    }
}
