package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.digiportal.council.api.DecisionOutcome;

/**
 * The council's decision on an agenda item: its outcome with a motivation, optional conditions (e.g. "som
 * pilot") and, for an återremiss, what beredning is to complete.
 */
@Embeddable
public class Decision {

    public static final int TEXT_MAX_LENGTH = 5000;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private DecisionOutcome outcome;

    @Column(name = "decision_motivation", length = TEXT_MAX_LENGTH)
    private String motivation;

    @Column(name = "conditions", length = TEXT_MAX_LENGTH)
    private String conditions;

    @Column(name = "what_to_complete", length = TEXT_MAX_LENGTH)
    private String whatToComplete;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    private Decision(DecisionOutcome outcome, String motivation, String conditions, String whatToComplete,
                     String decidedBy, Instant decidedAt) {
        this.outcome = outcome;
        this.motivation = motivation;
        this.conditions = conditions;
        this.whatToComplete = whatToComplete;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /**
     * A decision, or the fields that are wrong: {@code outcome} missing, {@code motivation} blank,
     * {@code whatToComplete} blank on a returned case, any text over 5000 characters.
     *
     * @throws InvalidDecision naming every wrong field
     */
    public static Decision of(DecisionOutcome outcome, String motivation, String conditions, String whatToComplete,
                              String decidedBy, Instant decidedAt) {
        List<String> wrong = new ArrayList<>();
        if (outcome == null) {
            wrong.add("outcome");
        }
        if (blank(motivation) || motivation.trim().length() > TEXT_MAX_LENGTH) {
            wrong.add("motivation");
        }
        if (!blank(conditions) && conditions.trim().length() > TEXT_MAX_LENGTH) {
            wrong.add("conditions");
        }
        if (outcome == DecisionOutcome.RETURNED && blank(whatToComplete)
                || !blank(whatToComplete) && whatToComplete.trim().length() > TEXT_MAX_LENGTH) {
            wrong.add("whatToComplete");
        }
        if (!wrong.isEmpty()) {
            throw new InvalidDecision(wrong);
        }
        return new Decision(outcome, motivation.trim(), blank(conditions) ? null : conditions.trim(),
                outcome == DecisionOutcome.RETURNED ? whatToComplete.trim() : null,
                Objects.requireNonNull(decidedBy, "decidedBy"), Objects.requireNonNull(decidedAt, "decidedAt"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public DecisionOutcome outcome() { return outcome; }
    public String motivation() { return motivation; }
    public String conditions() { return conditions; }
    public String whatToComplete() { return whatToComplete; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }

    /** The fields of a decision that are missing or too long. */
    public static class InvalidDecision extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> fields;

        public InvalidDecision(List<String> fields) {
            super("invalid decision: " + fields);
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }
}
