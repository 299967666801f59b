package se.digiportal.portfolio.domain.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A budget year of the yearly prioritization: its budget for the portfolio (tkr) and, once management has decided,
 * the one frozen scenario that is the year's portfolio decision. After that the year is closed for good: no new
 * budget, scores or scenarios, and never a second decision.
 */
@Entity
@Table(name = "portfolio_priority_year")
public class PriorityYear {

    public static final String FROZEN_KEY = "priorities.error.yearFrozen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false, unique = true, updatable = false)
    private int year;

    @Column(name = "budget_tkr", nullable = false)
    private long budget;

    @Column(name = "frozen_scenario_id")
    private Long frozenScenarioId;

    @Column(name = "frozen_by", length = 64)
    private String frozenBy;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Version
    private long version;

    protected PriorityYear() {
    }

    public PriorityYear(int year) {
        if (year < 2000 || year > 2999) {
            throw InvalidInputException.of("year", "priorities.error.year");
        }
        this.year = year;
    }

    public void budget(long newBudget) {
        requireOpen();
        if (newBudget < 0 || newBudget > Assessment.MAX_COST) {
            throw InvalidInputException.of("budget", BudgetSelection.BUDGET_KEY);
        }
        this.budget = newBudget;
    }

    /** Makes the scenario the year's portfolio decision. */
    public void freeze(Scenario scenario, String by, Instant at) {
        requireOpen();
        if (scenario.year() != year || scenario.id() == null) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is not one of " + year);
        }
        scenario.markFrozen(by, at);
        this.frozenScenarioId = scenario.id();
        this.frozenBy = Objects.requireNonNull(by, "by");
        this.frozenAt = Objects.requireNonNull(at, "at");
    }

    public void requireOpen() {
        if (frozen()) {
            throw new ConflictException(FROZEN_KEY);
        }
    }

    public boolean frozen() {
        return frozenScenarioId != null;
    }

    public Long id() { return id; }
    public int year() { return year; }
    public long budget() { return budget; }
    public Long frozenScenarioId() { return frozenScenarioId; }
    public String frozenBy() { return frozenBy; }
    public Instant frozenAt() { return frozenAt; }
}
