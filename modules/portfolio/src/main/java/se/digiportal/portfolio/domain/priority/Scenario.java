package se.digiportal.portfolio.domain.priority;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A saved scenario of a year's prioritization: a snapshot of the budget, the weights and every candidate with its
 * cost, value, forcing and whether the suggestion chose it. Being a snapshot it never changes, so two scenarios
 * compare as they were made; one of them may become the year's frozen decision.
 */
@Entity
@Table(name = "portfolio_scenario")
public class Scenario {

    public static final String AUDIT_TYPE = "PortfolioScenario";
    public static final int NAME_MAX_LENGTH = 120;

    /** A candidate as the scenario saw it. */
    public record Line(String caseNumber, String title, String serviceAreaCode, long cost, long value,
                       Forcing forcing, boolean selected) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "budget_tkr", nullable = false, updatable = false)
    private long budget;

    /** The weights as they were, e.g. "Nytta 40, Risk 20": what the values were computed with. */
    @Column(nullable = false, updatable = false, length = 1000)
    private String weights;

    @Column(name = "total_cost_tkr", nullable = false, updatable = false)
    private long totalCost;

    @Column(name = "total_value", nullable = false, updatable = false)
    private long totalValue;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "frozen_by", length = 64)
    private String frozenBy;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ScenarioLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Scenario() {
    }

    public Scenario(int year, String name, long budget, String weights, List<Line> candidates, String by, Instant at) {
        if (name == null || name.isBlank() || name.trim().length() > NAME_MAX_LENGTH) {
            throw InvalidInputException.of("name", "priorities.error.scenarioName");
        }
        this.year = year;
        this.name = name.trim();
        this.budget = budget;
        this.weights = Objects.requireNonNull(weights, "weights");
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
        for (Line l : candidates) {
            lines.add(new ScenarioLine(this, lines.size() + 1, l));
            if (l.selected()) {
                totalCost += l.cost();
                totalValue += l.value();
            }
        }
    }

    void markFrozen(String by, Instant at) {
        this.frozenBy = by;
        this.frozenAt = at;
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    public List<Line> lines() {
        return lines.stream().map(ScenarioLine::line).toList();
    }

    public Long id() { return id; }
    public int year() { return year; }
    public String name() { return name; }
    public long budget() { return budget; }
    public String weights() { return weights; }
    public long totalCost() { return totalCost; }
    public long totalValue() { return totalValue; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String frozenBy() { return frozenBy; }
    public Instant frozenAt() { return frozenAt; }
}
