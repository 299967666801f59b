package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanStatusTest {

    @Test
    void a_draft_is_submitted_then_approved_and_locked() {
        PlanStatus approved = PlanStatus.DRAFT.submit().approve();

        assertThat(approved).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.editable()).isFalse();
        assertThatThrownBy(approved::submit).isInstanceOf(PlanStateConflict.class);
        assertThatThrownBy(approved::returnToLeads).isInstanceOf(PlanStateConflict.class);
    }

    @Test
    void a_returned_plan_is_editable_and_can_be_submitted_again() {
        PlanStatus returned = PlanStatus.DRAFT.submit().returnToLeads();

        assertThat(returned).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.editable()).isTrue();
        assertThat(returned.submit()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void only_a_submitted_plan_can_be_decided() {
        assertThatThrownBy(PlanStatus.DRAFT::approve).isInstanceOf(PlanStateConflict.class);
        assertThatThrownBy(PlanStatus.RETURNED::returnToLeads).isInstanceOf(PlanStateConflict.class);
        assertThat(PlanStatus.SUBMITTED.editable()).isFalse();
        assertThatThrownBy(PlanStatus.SUBMITTED::submit).isInstanceOf(PlanStateConflict.class);
    }
}
