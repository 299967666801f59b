package se.digiportal.portfolio.domain.priority;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * One candidate's assessment for a budget year: its cost that year (tkr), its scores per criterion and whether the
 * project office forces it in or out. Known by case number, like everything in the portfolio.
 */
@Entity
@Table(name = "portfolio_priority_assessment")
public class Assessment {

    /** 10 Gkr: beyond any municipality's yearly digitalization budget, and far inside a long. */
    public static final long MAX_COST = 10_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "case_number", nullable = false, updatable = false, length = 20)
    private String caseNumber;

    @Column(name = "cost_tkr", nullable = false)
    private long cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Forcing forcing = Forcing.NONE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_priority_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "criterion_code", length = 32)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> scores = new HashMap<>();

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(int year, String caseNumber) {
        this.year = year;
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    }

    /** Replaces cost, scores (criterion code → 1–5; absent means not scored) and forcing at once. */
    public void assess(long newCost, Map<String, Integer> newScores, Forcing newForcing) {
        if (newCost < 0 || newCost > MAX_COST) {
            throw InvalidInputException.of("cost", "priorities.error.cost");
        }
        if (newScores.values().stream().anyMatch(s -> !Criterion.validScore(s))) {
            throw InvalidInputException.of("score", "priorities.error.score");
        }
        this.cost = newCost;
        this.scores = new HashMap<>();
        newScores.forEach((code, score) -> {
            if (score != null) {
                scores.put(code, score);
            }
        });
        this.forcing = Objects.requireNonNull(newForcing, "forcing");
    }

    /** The weighted value on today's criteria. */
    public long value(List<Criterion> criteria) {
        return criteria.stream().mapToLong(c -> c.points(scores.get(c.code()))).sum();
    }

    public Long id() { return id; }
    public int year() { return year; }
    public String caseNumber() { return caseNumber; }
    public long cost() { return cost; }
    public Forcing forcing() { return forcing; }
    public Map<String, Integer> scores() { return Map.copyOf(scores); }
}
