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
import java.util.Objects;

/** A beredare's verdict on one checklist point for one case, with a comment where the verdict needs one. */
@Entity
@Table(name = "beredning_checklist_answer")
public class ChecklistAnswer {

    public static final int COMMENT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verdict verdict;

    @Column(name = "comment_text", length = COMMENT_MAX_LENGTH)
    private String comment;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Version
    private long version;

    protected ChecklistAnswer() {
    }

    public ChecklistAnswer(long caseId, String itemCode) {
        this.caseId = caseId;
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
    }

    /** A "not ok" must say what is missing, or the submitter cannot act on it. */
    public void answer(Verdict newVerdict, String newComment, String by, Instant at) {
        Objects.requireNonNull(newVerdict, "verdict");
        String text = newComment == null || newComment.isBlank() ? null : newComment.trim();
        if (newVerdict == Verdict.NOT_OK && text == null) {
            throw new IllegalArgumentException("a 'not ok' needs a comment");
        }
        if (text != null && text.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("comment is longer than " + COMMENT_MAX_LENGTH + " characters");
        }
        this.verdict = newVerdict;
        this.comment = text;
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String itemCode() { return itemCode; }
    public Verdict verdict() { return verdict; }
    public String comment() { return comment; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
}
