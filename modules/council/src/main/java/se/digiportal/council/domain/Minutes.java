package se.digiportal.council.domain;

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

/**
 * The minutes (protokoll) of a council meeting. The secretary drafts them from the meeting and edits them; the
 * named adjuster adjusts (justerar) them, and from then on nothing in them can change: a correction is a new,
 * linked document, never an edit.
 */
@Entity
@Table(name = "council_minutes")
public class Minutes {

    public static final String AUDIT_TYPE = "CouncilMinutes";
    public static final int PRESENT_MAX_LENGTH = 2000;
    public static final int BODY_MAX_LENGTH = 100_000;

    public enum Status { DRAFT, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, length = PRESENT_MAX_LENGTH)
    private String present;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(nullable = false, length = 100)
    private String adjuster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @Version
    private long version;

    protected Minutes() {
    }

    public Minutes(long meetingId, String present, String body, String adjuster, String draftedBy, Instant at) {
        this.meetingId = meetingId;
        this.status = Status.DRAFT;
        this.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
        this.draftedAt = Objects.requireNonNull(at, "at");
        write(present, body, adjuster);
    }

    /** Rewrites the draft. */
    public void edit(String present, String body, String adjuster) {
        requireDraft();
        write(present, body, adjuster);
    }

    /** Adjusted by the named adjuster: the minutes are locked from now on. */
    public void adjust(String by, Instant at) {
        requireDraft();
        if (!adjuster.equals(by)) {
            throw new IllegalArgumentException(by + " is not the named adjuster of these minutes");
        }
        this.status = Status.ADJUSTED;
        this.adjustedAt = Objects.requireNonNull(at, "at");
    }

    public boolean adjusted() {
        return status == Status.ADJUSTED;
    }

    private void requireDraft() {
        if (adjusted()) {
            throw new IllegalStateException("adjusted minutes cannot change");
        }
    }

    private void write(String present, String body, String adjuster) {
        if (present == null || present.isBlank() || present.trim().length() > PRESENT_MAX_LENGTH) {
            throw new IllegalArgumentException("present");
        }
        if (body == null || body.isBlank() || body.length() > BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("body");
        }
        if (adjuster == null || adjuster.isBlank()) {
            throw new IllegalArgumentException("adjuster");
        }
        this.present = present.trim();
        this.body = body;
        this.adjuster = adjuster.trim();
    }

    public Long id() { return id; }
    public long meetingId() { return meetingId; }
    public String present() { return present; }
    public String body() { return body; }
    public String adjuster() { return adjuster; }
    public Status status() { return status; }
    public String draftedBy() { return draftedBy; }
    public Instant draftedAt() { return draftedAt; }
    public Instant adjustedAt() { return adjustedAt; }
}
