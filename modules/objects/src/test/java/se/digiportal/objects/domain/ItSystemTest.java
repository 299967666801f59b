package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItSystemTest {

    private static ItSystem careSystem() {
        return new ItSystem("Verksamhetssystem för äldreomsorg", 2L, Lifecycle.IN_USE, Criticality.CRITICAL);
    }

    @Test
    void a_new_system_misses_both_specialists() {
        assertThat(careSystem().missingSpecialists())
                .containsExactly(SystemRole.BUSINESS_SPECIALIST, SystemRole.IT_SPECIALIST);
    }

    @Test
    void a_system_with_both_specialists_misses_nobody() {
        ItSystem system = careSystem();
        system.assignSpecialists("lena", "sara");

        assertThat(system.missingSpecialists()).isEmpty();
    }

    @Test
    void one_person_cannot_be_both_specialists() {
        assertThatThrownBy(() -> careSystem().assignSpecialists("sara", "sara"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sensitive_personal_data_is_personal_data() {
        ItSystem system = careSystem();

        assertThatThrownBy(() -> system.declarePersonalData(false, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        system.declarePersonalData(true, true, true);
        assertThat(system.sensitiveData()).isTrue();
    }

    @Test
    void integrations_are_kept_once_each_in_order() {
        ItSystem system = careSystem();
        system.integrateWith(List.of("Ekonomisystem", " ", "E-arkiv", "Ekonomisystem"));

        assertThat(system.integrations()).containsExactly("Ekonomisystem", "E-arkiv");
        system.integrateWith(List.of());
        assertThat(system.integrations()).isEmpty();
    }

    @Test
    void a_system_needs_a_name_a_forvaltning_and_a_classification() {
        assertThatThrownBy(() -> new ItSystem(" ", 2L, Lifecycle.IN_USE, Criticality.LOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItSystem("X", null, Lifecycle.IN_USE, Criticality.LOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ItSystem("X", 2L, null, Criticality.LOW))
                .isInstanceOf(NullPointerException.class);
    }
}
