package se.digiportal.portfolio.domain.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A criterion of the yearly prioritization (nytta, strategisk betydelse, risk...), with its weight. Criteria are
 * the project office's data, not code. Items are scored 1–5 on each; a criterion where high is bad (risk, cost)
 * counts the score turned around, so a weighted value is always "more is better".
 */
@Entity
@Table(name = "portfolio_priority_criterion")
public class Criterion {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_WEIGHT = 100;
    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 32)
    private String code;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Criterion() {
    }

    public Criterion(String code, String name, int weight, Direction direction, int position) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new IllegalArgumentException("a criterion code is upper case letters, digits and _: " + code);
        }
        this.code = code;
        this.direction = Objects.requireNonNull(direction, "direction");
        this.position = position;
        rename(name);
        reweight(weight);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.trim().length() > NAME_MAX_LENGTH) {
            throw InvalidInputException.of("name", "priorities.error.criterionName");
        }
        this.name = newName.trim();
    }

    public void reweight(int newWeight) {
        if (newWeight < 0 || newWeight > MAX_WEIGHT) {
            throw InvalidInputException.of("weight", "priorities.error.weight");
        }
        this.weight = newWeight;
    }

    /** The weighted points of one score; an unscored criterion gives nothing, so scoring is never skipped unseen. */
    public long points(Integer score) {
        if (score == null) {
            return 0;
        }
        int counted = direction == Direction.HIGHER_IS_BETTER ? score : MAX_SCORE + MIN_SCORE - score;
        return (long) weight * counted;
    }

    public static boolean validScore(Integer score) {
        return score == null || score >= MIN_SCORE && score <= MAX_SCORE;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public int weight() { return weight; }
    public Direction direction() { return direction; }
    public int position() { return position; }
}
