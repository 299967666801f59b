package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;

/** An activity of the year: further development or upkeep, in a quarter, with a responsible person and a cost in kronor. */
@Embeddable
public class PlanActivity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ActivityKind kind;

    @Column(name = "description", nullable = false, length = PlanText.SHORT_TEXT)
    private String description;

    @Column(name = "quarter", nullable = false)
    private int quarter;

    @Column(name = "owner_name", length = 200)
    private String owner;

    @Column(name = "cost", nullable = false)
    private long cost;

    /** Year-end follow-up: what came of the activity; empty until the lead pair records it. */
    @Column(name = "outcome", length = PlanText.SHORT_TEXT)
    private String outcome;

    /** Year-end follow-up: whether it was done; null means not yet followed up. */
    @Column(name = "done")
    private Boolean done;

    protected PlanActivity() {
    }

    public PlanActivity(ActivityKind kind, String description, int quarter, String owner, Long cost) {
        if (kind == null) {
            throw InvalidInputException.of("activities", "plan.activity.kind");
        }
        if (quarter < 1 || quarter > 4) {
            throw InvalidInputException.of("activities", "plan.activity.quarter");
        }
        this.kind = kind;
        this.description = PlanText.required(description, "activities");
        this.quarter = quarter;
        this.owner = PlanText.optional(owner, "activities");
        this.cost = PlanText.amount(cost, "activities");
    }

    /** The same activity with its year-end follow-up; the plan itself stays as decided. */
    public PlanActivity followedUp(String outcome, Boolean done) {
        PlanActivity copy = new PlanActivity(kind, description, quarter, owner, cost);
        copy.outcome = PlanText.optional(outcome, "activities");
        copy.done = done;
        return copy;
    }

    public ActivityKind kind() { return kind; }
    public String description() { return description; }
    public int quarter() { return quarter; }
    public String owner() { return owner; }
    public long cost() { return cost; }
    public String outcome() { return outcome; }
    public Boolean done() { return done; }

    @Override
    public String toString() {
        return kind + " Q" + quarter + " " + description + " (" + Objects.toString(owner, "-") + ", " + cost + " kr)";
    }
}
