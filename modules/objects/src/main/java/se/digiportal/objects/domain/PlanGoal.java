package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of the year's goals; {@code outcome} is the year-end follow-up of what was achieved. */
@Embeddable
public class PlanGoal {

    @Column(name = "description", nullable = false, length = PlanText.SHORT_TEXT)
    private String description;

    @Column(name = "outcome", length = PlanText.SHORT_TEXT)
    private String outcome;

    protected PlanGoal() {
    }

    public PlanGoal(String description, String outcome) {
        this.description = PlanText.required(description, "goals");
        this.outcome = PlanText.optional(outcome, "goals");
    }

    /** The same goal with its year-end outcome. */
    public PlanGoal followedUp(String outcome) {
        return new PlanGoal(description, outcome);
    }

    public String description() { return description; }
    public String outcome() { return outcome; }

    @Override
    public String toString() {
        return description;
    }
}
