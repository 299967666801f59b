package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReadinessTest {

    @Test
    void warnings_list_the_objects_vacant_roles_then_each_systems_missing_specialists() {
        ManagedObject object = new ManagedObject("Skolplattform", null, 3L);
        object.assignOwner("erik");
        ItSystem platform = new ItSystem("Lärplattform", 3L, Lifecycle.IN_USE, Criticality.HIGH);
        platform.assignSpecialists(null, "sara");
        ItSystem attendance = new ItSystem("Närvaro", 3L, Lifecycle.IN_USE, Criticality.MEDIUM);
        attendance.assignSpecialists("erik", "sara");

        assertThat(PlanReadiness.gaps(object, List.of(platform, attendance))).containsExactly(
                new Gap("BUSINESS_LEAD", null), new Gap("IT_LEAD", null),
                new Gap("BUSINESS_SPECIALIST", "Lärplattform"));
    }
}
