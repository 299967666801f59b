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

    public ActivityKind kind() { return kind; }
    public String description() { return description; }
    public int quarter() { return quarter; }
    public String owner() { return owner; }
    public long cost() { return cost; }

    @Override
    public String toString() {
        return kind + " Q" + quarter + " " + description + " (" + Objects.toString(owner, "-") + ", " + cost + " kr)";
    }
}
