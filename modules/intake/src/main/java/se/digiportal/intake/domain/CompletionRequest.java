package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/**
 * A komplettering: the beredningsgrupp asks the submitter to complete the case by a deadline. It is open until
 * the submitter answers, and the answer is what closes it (together with the case's next version). The deadline
 * is the beredningsgrupp's to follow up (reminder, parking); intake only shows it.
 */
@Entity
@Table(name = "intake_completion_request")
public class CompletionRequest {

    public static final int TEXT_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Lob
    @Column(name = "what_to_complete", nullable = false, updatable = false)
    private String whatToComplete;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Lob
    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_version")
    private Integer answerVersion;

    @Version
    private long version;

    protected CompletionRequest() {
    }

    /** A new open request; what to complete is required and the deadline may not already have passed. */
    public static CompletionRequest open(long initiativeId, String whatToComplete, LocalDate deadline, LocalDate today,
                                         String requestedBy, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String what = whatToComplete == null || whatToComplete.isBlank() ? null : whatToComplete.trim();
        if (what == null) {
            errors.add(new FieldError("whatToComplete", "validation.required"));
        } else if (what.length() > TEXT_MAX_LENGTH) {
            errors.add(new FieldError("whatToComplete", "validation.size.max"));
        }
        if (deadline == null) {
            errors.add(new FieldError("deadline", "validation.required"));
        } else if (deadline.isBefore(Objects.requireNonNull(today, "today"))) {
            errors.add(new FieldError("deadline", "intake.completion.deadlinePassed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CompletionRequest r = new CompletionRequest();
        r.initiativeId = initiativeId;
        r.whatToComplete = what;
        r.deadline = deadline;
        r.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        r.requestedAt = Objects.requireNonNull(at, "at");
        return r;
    }

    /** What is wrong with an answer: it is required (the beredningsgrupp must learn what was done) and bounded. */
    public static List<FieldError> answerErrors(String answer) {
        if (answer == null || answer.isBlank()) {
            return List.of(new FieldError("answer", "validation.required"));
        }
        if (answer.trim().length() > TEXT_MAX_LENGTH) {
            return List.of(new FieldError("answer", "validation.size.max"));
        }
        return List.of();
    }

    /** Closes the request with the submitter's answer; the case's new version is the one the answer came with. */
    public void answer(String text, String by, Instant at, int newVersion) {
        if (!isOpen()) {
            throw new IllegalStateException("completion request " + id + " is already answered");
        }
        List<FieldError> errors = answerErrors(text);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (newVersion < 2) {
            throw new IllegalArgumentException("a completion makes version 2 or later, not " + newVersion);
        }
        this.answer = text.trim();
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.answerVersion = newVersion;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Long id() { return id; }
    public Long initiativeId() { return initiativeId; }
    public String whatToComplete() { return whatToComplete; }
    public LocalDate deadline() { return deadline; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public Integer answerVersion() { return answerVersion; }
}
