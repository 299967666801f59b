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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to the submitter to complete a case by a deadline, and its follow-up (seed 000): when the deadline
 * passes unanswered the system reminds once and sets a new deadline; when that passes too the case is parked.
 * The request only ever moves forward, so a follow-up step that has been taken is never taken again.
 */
@Entity
@Table(name = "beredning_completion_request")
public class CompletionRequest {

    public static final int TEXT_MAX_LENGTH = 4000;

    /** Where the follow-up stands. */
    public enum State {
        OPEN, REMINDED, PARKED, ANSWERED, CANCELLED
    }

    /** What the follow-up job is to do with a request today. */
    public enum Step {
        NONE, REMIND, PARK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "what_to_complete", nullable = false, length = TEXT_MAX_LENGTH)
    private String whatToComplete;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "reminder_deadline")
    private LocalDate reminderDeadline;

    @Column(name = "parked_at")
    private Instant parkedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CompletionRequest() {
    }

    public CompletionRequest(long caseId, String whatToComplete, LocalDate deadline, String requestedBy,
                             LocalDate today, Instant at) {
        String text = whatToComplete == null ? "" : whatToComplete.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("say what to complete");
        }
        if (text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("the request is longer than " + TEXT_MAX_LENGTH + " characters");
        }
        if (!Objects.requireNonNull(deadline, "deadline").isAfter(today)) {
            throw new IllegalArgumentException("the deadline must be after today");
        }
        this.caseId = caseId;
        this.whatToComplete = text;
        this.deadline = deadline;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(at, "at");
        this.state = State.OPEN;
    }

    /** The follow-up due on {@code today}: a deadline is met if answered on the day itself. */
    public Step due(LocalDate today) {
        if (state == State.OPEN && today.isAfter(deadline)) {
            return Step.REMIND;
        }
        if (state == State.REMINDED && today.isAfter(reminderDeadline)) {
            return Step.PARK;
        }
        return Step.NONE;
    }

    public void remind(LocalDate newDeadline, Instant at) {
        if (state != State.OPEN) {
            throw new IllegalStateException("only an open request is reminded, and only once; this one is " + state);
        }
        this.state = State.REMINDED;
        this.remindedAt = at;
        this.reminderDeadline = Objects.requireNonNull(newDeadline, "newDeadline");
    }

    public void park(Instant at) {
        if (state != State.REMINDED) {
            throw new IllegalStateException("only a reminded request parks its case; this one is " + state);
        }
        this.state = State.PARKED;
        this.parkedAt = at;
    }

    public boolean isPending() {
        return state == State.OPEN || state == State.REMINDED || state == State.PARKED;
    }

    /** The submitter answered; a later answer to a closed request changes nothing. */
    public void answered(Instant at) {
        if (isPending()) {
            this.state = State.ANSWERED;
            this.closedAt = at;
        }
    }

    /** A beredare woke the case or the case left the beredning. */
    public void cancel(Instant at) {
        if (isPending()) {
            this.state = State.CANCELLED;
            this.closedAt = at;
        }
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String whatToComplete() { return whatToComplete; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public LocalDate deadline() { return deadline; }
    public State state() { return state; }
    public Instant remindedAt() { return remindedAt; }
    public LocalDate reminderDeadline() { return reminderDeadline; }
    public Instant parkedAt() { return parkedAt; }
    public Instant closedAt() { return closedAt; }
    /** The deadline that counts now: the reminder's once reminded. */
    public LocalDate currentDeadline() { return reminderDeadline != null ? reminderDeadline : deadline; }
}
