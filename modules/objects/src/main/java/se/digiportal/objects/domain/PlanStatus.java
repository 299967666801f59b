package se.digiportal.objects.domain;

/**
 * The objektplan's workflow as a state machine: the lead pair writes a DRAFT and submits it; the objektägare
 * approves it (APPROVED, locked for good) or returns it with comments (RETURNED, editable again, submittable
 * again). Each transition answers the next state or refuses with {@link PlanStateConflict}.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Only the lead pair's own states can be edited; a submitted plan waits for the owner, an approved one is locked. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public PlanStatus submit() {
        if (!editable()) {
            throw new PlanStateConflict("plan.transition.submit");
        }
        return SUBMITTED;
    }

    public PlanStatus approve() {
        if (this != SUBMITTED) {
            throw new PlanStateConflict("plan.transition.decide");
        }
        return APPROVED;
    }

    public PlanStatus returnToLeads() {
        if (this != SUBMITTED) {
            throw new PlanStateConflict("plan.transition.decide");
        }
        return RETURNED;
    }
}
