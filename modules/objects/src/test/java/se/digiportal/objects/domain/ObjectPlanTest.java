package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;

class ObjectPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static ManagedObject careObject() {
        ManagedObject object = new ManagedObject("Verksamhetssystem äldreomsorg", null, 2L);
        object.assignOwner("olle");
        object.assignBusinessLead("lena");
        object.assignItLead("ahmed");
        return object;
    }

    private static ItSystem staffed(String name) {
        ItSystem system = new ItSystem(name, 2L, Lifecycle.IN_USE, Criticality.HIGH);
        system.assignSpecialists("anna", "sara");
        return system;
    }

    private static PlanContent content() {
        return new PlanContent("Stabil drift och mobil dokumentation i hemtjänsten.",
                List.of(new PlanGoal("All hemtjänstpersonal dokumenterar mobilt", null)),
                List.of(new PlanActivity(ActivityKind.VIDAREUTVECKLING, "Införa mobil app", 2, "lena", 250_000L),
                        new PlanActivity(ActivityKind.VIDMAKTHALLANDE, "Uppgradera till ny version", 3, "ahmed", 80_000L)),
                List.of(new BudgetLine("Licenser", 1_200_000L), new BudgetLine("Utveckling", 330_000L)),
                List.of(new PlannedInitiative(Term.SHORT, "E-tjänst för ansökan om hemtjänst", "DIGI-2026-0003"),
                        new PlannedInitiative(Term.LONG, "Byte av verksamhetssystem", null)));
    }

    @Test
    void the_lead_pair_writes_and_submits_and_the_owner_approves_and_locks() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.revise(object, "lena", content());
        plan.revise(object, "ahmed", content());

        plan.submit(object, List.of(staffed("Vård")), "ahmed");
        plan.approve(object, "olle", NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.decidedBy()).isEqualTo("olle");
        assertThat(plan.budgetTotal()).isEqualTo(1_530_000L);
        assertThat(plan.editableBy(object, "lena")).isFalse();
        assertThatThrownBy(() -> plan.revise(object, "lena", content()))
                .isInstanceOf(PlanStateConflict.class).hasMessage("plan.locked");
    }

    @Test
    void only_the_lead_pair_writes_a_draft() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");

        assertThatThrownBy(() -> plan.revise(object, "olle", content())).isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.revise(object, "sara", content())).isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> ObjectPlan.draft(object, 2028, "olle")).isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.submit(object, List.of(), "olle")).isInstanceOf(PlanAccessDenied.class);
    }

    @Test
    void only_the_owner_decides() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.submit(object, List.of(), "lena");

        assertThatThrownBy(() -> plan.approve(object, "lena", NOW)).isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.approve(object, "ahmed", NOW)).isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.returnToLeads(object, "sara", "Nej", NOW)).isInstanceOf(PlanAccessDenied.class);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void a_returned_plan_carries_the_comment_and_is_editable_again() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.submit(object, List.of(), "lena");

        assertThatThrownBy(() -> plan.returnToLeads(object, "olle", " ", NOW)).isInstanceOf(InvalidInputException.class);
        plan.returnToLeads(object, "olle", "Budgeten saknar licenser.", NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.returnComment()).isEqualTo("Budgeten saknar licenser.");
        assertThat(plan.editableBy(object, "ahmed")).isTrue();
        plan.revise(object, "ahmed", content());
        plan.submit(object, List.of(), "ahmed");
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void a_submitted_plan_waits_for_the_owner_and_cannot_be_edited() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.submit(object, List.of(), "lena");

        assertThatThrownBy(() -> plan.revise(object, "lena", content()))
                .isInstanceOf(PlanStateConflict.class).hasMessage("plan.awaitingDecision");
    }

    @Test
    void a_plan_cannot_be_submitted_while_a_role_or_a_specialist_is_missing() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        ItSystem unstaffed = new ItSystem("Planeringsverktyg", 2L, Lifecycle.IN_USE, Criticality.MEDIUM);
        unstaffed.assignSpecialists("anna", null);

        assertThatThrownBy(() -> plan.submit(object, List.of(staffed("Vård"), unstaffed), "lena"))
                .isInstanceOfSatisfying(PlanNotReady.class, e -> assertThat(e.gaps())
                        .containsExactly(new Gap("IT_SPECIALIST", "Planeringsverktyg")));

        object.assignOwner(null);
        assertThatThrownBy(() -> plan.submit(object, List.of(), "lena"))
                .isInstanceOfSatisfying(PlanNotReady.class, e -> assertThat(e.gaps())
                        .containsExactly(new Gap("OWNER", null)));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void next_year_starts_as_a_draft_copy() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.revise(object, "lena", content());
        plan.submit(object, List.of(), "lena");
        plan.approve(object, "olle", NOW);

        ObjectPlan next = plan.copyForNextYear(object, "olle");

        assertThat(next.year()).isEqualTo(2028);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.overallPlan()).isEqualTo(plan.overallPlan());
        assertThat(next.activities()).extracting(PlanActivity::kind)
                .containsExactly(ActivityKind.VIDAREUTVECKLING, ActivityKind.VIDMAKTHALLANDE);
        assertThat(next.initiatives()).extracting(PlannedInitiative::caseNumber).containsExactly("DIGI-2026-0003", null);
        assertThat(next.budgetTotal()).isEqualTo(plan.budgetTotal());
        assertThatThrownBy(() -> plan.copyForNextYear(object, "sara")).isInstanceOf(PlanAccessDenied.class);
    }

    @Test
    void plan_parts_are_checked() {
        assertThatThrownBy(() -> new PlanActivity(ActivityKind.VIDMAKTHALLANDE, "Uppgradering", 5, null, 0L))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("plan.activity.quarter"));
        assertThatThrownBy(() -> new BudgetLine("Licenser", -1L)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlanGoal(" ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlannedInitiative(Term.SHORT, "X", "2026-12"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("plan.initiative.caseNumber"));
        assertThatThrownBy(() -> ObjectPlan.draft(careObject(), 1999, "lena")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_lead_pair_follows_up_an_approved_plan_per_goal_and_activity() {
        ManagedObject object = careObject();
        ObjectPlan plan = ObjectPlan.draft(object, 2027, "lena");
        plan.revise(object, "lena", content());
        List<ObjectPlan.ActivityResult> results = List.of(new ObjectPlan.ActivityResult("Appen används i alla grupper", true),
                new ObjectPlan.ActivityResult("Flyttad till nästa år", false));
        List<String> goalOutcomes = List.of("92 % dokumenterar mobilt");

        // Not before the owner has decided: a draft's goals are still being written.
        assertThatThrownBy(() -> plan.recordFollowUp(object, "lena", goalOutcomes, results))
                .isInstanceOf(PlanStateConflict.class).hasMessage("plan.followUp.notApproved");
        assertThat(plan.followUpAllowedBy(object, "lena")).isFalse();

        plan.submit(object, List.of(staffed("Vård")), "lena");
        plan.approve(object, "olle", NOW);
        assertThat(plan.followUpAllowedBy(object, "ahmed")).isTrue();
        assertThat(plan.followUpAllowedBy(object, "olle")).isFalse();
        assertThatThrownBy(() -> plan.recordFollowUp(object, "olle", goalOutcomes, results))
                .isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.recordFollowUp(object, "sara", goalOutcomes, results))
                .isInstanceOf(PlanAccessDenied.class);
        assertThatThrownBy(() -> plan.recordFollowUp(object, "lena", goalOutcomes, results.subList(0, 1)))
                .isInstanceOf(InvalidInputException.class);

        plan.recordFollowUp(object, "ahmed", goalOutcomes, results);

        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.goals().get(0).outcome()).isEqualTo("92 % dokumenterar mobilt");
        assertThat(plan.goals().get(0).description()).isEqualTo("All hemtjänstpersonal dokumenterar mobilt");
        assertThat(plan.activities()).extracting(PlanActivity::done).containsExactly(true, false);
        assertThat(plan.activities().get(1).outcome()).isEqualTo("Flyttad till nästa år");
        assertThat(plan.activities().get(1).cost()).isEqualTo(80_000L);
        assertThatThrownBy(() -> plan.revise(object, "lena", content())).isInstanceOf(PlanStateConflict.class);

        ObjectPlan next = plan.copyForNextYear(object, "lena");
        assertThat(next.goals().get(0).outcome()).isNull();
        assertThat(next.activities()).extracting(PlanActivity::done).containsOnlyNulls();
    }
}
