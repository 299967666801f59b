package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A case on a beredningsgrupp meeting's agenda (föredragningslista): where it comes in the order, whom the
 * invitation went to, and the note the group records when it goes through the case at the meeting.
 */
@Entity
@Table(name = "beredning_agenda_item")
public class AgendaItem {

    /** How the audit trail names this entity. */
    public static final String AUDIT_TYPE = "AgendaItem";
    public static final int NOTE_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false)
    private int position;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(length = 2000)
    private String invitees;

    @Column(name = "booked_by", nullable = false, length = 64)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "noted_by", length = 64)
    private String notedBy;

    @Column(name = "noted_at")
    private Instant notedAt;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, PreparationCase c, int position, List<String> invitees, String bookedBy,
                      Instant bookedAt) {
        if (position < 1) {
            throw new IllegalArgumentException("agenda positions start at 1");
        }
        if (!c.status().isOpen()) {
            throw new IllegalStateException("cannot book a case that is " + c.status());
        }
        this.meetingId = meetingId;
        this.caseId = Objects.requireNonNull(c.id(), "a saved case");
        this.caseNumber = c.caseNumber();
        this.position = position;
        this.invitees = invitees.isEmpty() ? null : String.join(",", invitees);
        this.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        this.bookedAt = Objects.requireNonNull(bookedAt, "bookedAt");
    }

    /** The note recorded at the meeting; blank clears it. */
    public void recordNote(String text, String by, Instant at) {
        String n = text == null || text.isBlank() ? null : text.strip();
        if (n != null && n.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("note is longer than " + NOTE_MAX_LENGTH + " characters");
        }
        this.note = n;
        this.notedBy = by;
        this.notedAt = at;
    }

    public Long id() { return id; }
    public long meetingId() { return meetingId; }
    public long caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public int position() { return position; }
    public String note() { return note; }
    public List<String> invitees() { return invitees == null ? List.of() : Arrays.asList(invitees.split(",")); }
    public String bookedBy() { return bookedBy; }
    public Instant bookedAt() { return bookedAt; }
    public String notedBy() { return notedBy; }
    public Instant notedAt() { return notedAt; }
}
