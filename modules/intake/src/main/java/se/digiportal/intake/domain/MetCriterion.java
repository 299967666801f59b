package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One criterion that an initiative meets, with the Swedish explanation shown to the submitter. Stored with the
 * case as it was at submission, so the beredningsgrupp sees what the submitter saw even if thresholds change.
 */
@Embeddable
public class MetCriterion {

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private Criterion code;

    @Column(name = "explanation", nullable = false, length = 500)
    private String explanation;

    protected MetCriterion() {
    }

    public MetCriterion(Criterion code, String explanation) {
        this.code = Objects.requireNonNull(code, "code");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    public Criterion code() { return code; }
    public String explanation() { return explanation; }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetCriterion m && m.code == code && m.explanation.equals(explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, explanation);
    }

    @Override
    public String toString() {
        return code.name();
    }
}
