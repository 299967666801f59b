package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagedObjectTest {

    private static ManagedObject skolplattform() {
        return new ManagedObject("Skolplattform", null, 3L);
    }

    @Test
    void a_new_object_misses_all_its_roles() {
        ManagedObject object = skolplattform();

        assertThat(object.missingRoles())
                .containsExactly(ObjectRole.OWNER, ObjectRole.BUSINESS_LEAD, ObjectRole.IT_LEAD);
        assertThat(object.readyForPlan()).isFalse();
    }

    @Test
    void an_object_without_an_it_lead_is_not_ready_for_a_plan() {
        ManagedObject object = skolplattform();
        object.assignOwner("erik");
        object.assignBusinessLead("lena");

        assertThat(object.missingRoles()).containsExactly(ObjectRole.IT_LEAD);
        assertThat(object.readyForPlan()).isFalse();
    }

    @Test
    void an_object_with_owner_and_lead_pair_is_ready_for_a_plan() {
        ManagedObject object = skolplattform();
        object.assignOwner("olle");
        object.assignBusinessLead("lena");
        object.assignItLead("ahmed");

        assertThat(object.missingRoles()).isEmpty();
        assertThat(object.readyForPlan()).isTrue();
    }

    @Test
    void a_blank_username_leaves_the_role_vacant() {
        ManagedObject object = skolplattform();
        object.assignOwner("olle");

        object.assignOwner("  ");

        assertThat(object.ownerUsername()).isNull();
        assertThat(object.missingRoles()).contains(ObjectRole.OWNER);
    }

    @Test
    void one_person_cannot_be_both_leads() {
        ManagedObject object = skolplattform();
        object.assignBusinessLead("lena");

        assertThatThrownBy(() -> object.assignItLead("lena")).isInstanceOf(IllegalArgumentException.class);
        assertThat(object.itLeadUsername()).isNull();
    }

    @Test
    void an_object_needs_a_name() {
        assertThatThrownBy(() -> new ManagedObject(" ", null, 3L)).isInstanceOf(IllegalArgumentException.class);
    }
}
