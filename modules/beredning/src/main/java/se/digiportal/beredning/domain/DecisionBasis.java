package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/**
 * The underlag (decision basis) of a case the beredningsgrupp sends to digitaliseringsrådet: a draft that can be
 * saved at any time, and once published frozen, because the council decides on exactly what it read.
 */
@Entity
@Table(name = "beredning_underlag")
public class DecisionBasis {

    /** How the audit trail names this entity. */
    public static final String AUDIT_TYPE = "DecisionBasis";

    /**
     * Sections the council cannot decide without. Options may honestly be "none", so it is not required;
     * everything else is.
     */
    public static final Set<String> REQUIRED = Set.of("background", "need", "costs", "risks", "gdpr",
            "recommendation", "proposedDecision");

    /** Bundle key of the message at a missing section. */
    public static final String MISSING_KEY = "underlag.error.required";
    public static final String TOO_LONG_KEY = "underlag.error.tooLong";

    public enum State { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String background;
    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String need;
    @Column(name = "options_text", length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String options;
    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String costs;
    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String risks;
    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String gdpr;
    @Column(length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String recommendation;
    @Column(name = "proposed_decision", length = DecisionBasisContent.SECTION_MAX_LENGTH)
    private String proposedDecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected DecisionBasis() {
    }

    /** A new, empty draft for a case routed to the council or to samråd. */
    public static DecisionBasis draftFor(PreparationCase c, String by, Instant at) {
        requireUnderlagCase(c);
        DecisionBasis d = new DecisionBasis();
        d.caseId = Objects.requireNonNull(c.id(), "a saved case");
        d.caseNumber = c.caseNumber();
        d.state = State.DRAFT;
        d.write(DecisionBasisContent.empty(), by, at);
        return d;
    }

    /**
     * The next draft of a case the council returned (återremiss), starting from what the council read; the
     * published underlag itself stays frozen.
     */
    public static DecisionBasis revisionOf(DecisionBasis published, PreparationCase c, String by, Instant at) {
        if (!published.published() || !Objects.equals(published.caseId, c.id())) {
            throw new IllegalArgumentException("a revision starts from the case's published underlag");
        }
        DecisionBasis d = draftFor(c, by, at);
        d.write(published.content(), by, at);
        return d;
    }

    /** Saves the draft as it stands: a draft may be incomplete, never too long, never after publication. */
    public void saveDraft(DecisionBasisContent content, String by, Instant at) {
        requireDraft();
        List<FieldError> tooLong = new ArrayList<>();
        content.sections().forEach((field, text) -> {
            if (text != null && text.length() > DecisionBasisContent.SECTION_MAX_LENGTH) {
                tooLong.add(new FieldError(field, TOO_LONG_KEY));
            }
        });
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        write(content, by, at);
    }

    /** The required sections still empty, in reading order. */
    public List<String> missingSections() {
        return content().sections().entrySet().stream()
                .filter(e -> REQUIRED.contains(e.getKey()) && e.getValue() == null)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Publishes the underlag of a case whose underlag is being prepared; every missing section is named at its
     * field. The case itself moves on in {@link PreparationCase#referred}.
     */
    public void publish(PreparationCase c, String by, Instant at) {
        requireDraft();
        if (c.id() == null || c.id() != caseId) {
            throw new IllegalArgumentException("the underlag of another case");
        }
        requireUnderlagCase(c);
        if (c.status() != PreparationStatus.UNDERLAG_IN_PREPARATION) {
            throw new IllegalStateException("cannot publish the underlag of a case that is " + c.status());
        }
        List<String> missing = missingSections();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().map(f -> new FieldError(f, MISSING_KEY)).toList());
        }
        this.state = State.PUBLISHED;
        this.publishedBy = Objects.requireNonNull(by, "by");
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    public DecisionBasisContent content() {
        return new DecisionBasisContent(background, need, options, costs, risks, gdpr, recommendation,
                proposedDecision);
    }

    public boolean published() {
        return state == State.PUBLISHED;
    }

    private void write(DecisionBasisContent c, String by, Instant at) {
        this.background = c.background();
        this.need = c.need();
        this.options = c.options();
        this.costs = c.costs();
        this.risks = c.risks();
        this.gdpr = c.gdpr();
        this.recommendation = c.recommendation();
        this.proposedDecision = c.proposedDecision();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    private void requireDraft() {
        if (state == State.PUBLISHED) {
            throw new IllegalStateException("a published underlag is frozen");
        }
    }

    private static void requireUnderlagCase(PreparationCase c) {
        if (c.routing() != Routing.REFER_TO_COUNCIL && c.routing() != Routing.CONSULTATION) {
            throw new IllegalStateException("only a case routed to the council or to samråd has an underlag");
        }
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public State state() { return state; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
}
