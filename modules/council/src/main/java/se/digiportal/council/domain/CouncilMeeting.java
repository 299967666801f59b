package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A meeting (sammanträde) of the digitaliseringsråd. It is planned, then either held or cancelled; a meeting that
 * has been held has minutes and decisions, so it can no longer be cancelled. Its agenda (föredragningslista) is
 * built by placing referred cases on it while it is planned and ordering them; decisions are taken per item on a
 * meeting that is not cancelled.
 */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

    public static final int LOCATION_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = LOCATION_MAX_LENGTH)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "agenda_sent_at")
    private Instant agendaSentAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected CouncilMeeting() {
    }

    public CouncilMeeting(Instant startsAt, String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a meeting needs a location");
        }
        if (location.trim().length() > LOCATION_MAX_LENGTH) {
            throw new IllegalArgumentException("location is longer than " + LOCATION_MAX_LENGTH + " characters");
        }
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.location = location.trim();
        this.status = MeetingStatus.PLANNED;
    }

    public void markHeld() {
        requirePlanned("held");
        this.status = MeetingStatus.HELD;
    }

    public void cancel() {
        requirePlanned("cancelled");
        this.status = MeetingStatus.CANCELLED;
    }

    /** Puts a case waiting to be scheduled last on the agenda. */
    public AgendaItem place(CouncilReferral referral) {
        requirePlanned("given new agenda items");
        if (agenda.stream().anyMatch(i -> i.referral() == referral
                || i.referral().id() != null && i.referral().id().equals(referral.id()))) {
            throw new IllegalStateException("case " + referral.caseNumber() + " is already on this agenda");
        }
        referral.scheduled();
        AgendaItem item = new AgendaItem(this, referral, agenda.size() + 1);
        agenda.add(item);
        return item;
    }

    /**
     * Moves an item to a place (1 = first) on the agenda; the others keep their order and the places stay
     * 1..n.
     */
    public void move(AgendaItem item, int newPosition) {
        requirePlanned("reordered");
        List<AgendaItem> ordered = new ArrayList<>(agenda());
        if (!ordered.remove(item)) {
            throw new IllegalArgumentException("item is not on this meeting's agenda");
        }
        if (newPosition < 1 || newPosition > ordered.size() + 1) {
            throw new IllegalArgumentException("position " + newPosition + " is outside 1.." + (ordered.size() + 1));
        }
        ordered.add(newPosition - 1, item);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        agenda.clear();
        agenda.addAll(ordered);
    }

    /** Records the council's decision on an item of this meeting. */
    public void decide(AgendaItem item, Decision decision) {
        if (status == MeetingStatus.CANCELLED) {
            throw new IllegalStateException("no decisions are taken at a cancelled meeting");
        }
        if (!agenda.contains(item)) {
            throw new IllegalArgumentException("item is not on this meeting's agenda");
        }
        item.decide(decision);
    }

    /** The agenda has gone out to the members (again, when it is re-sent after a change). */
    public void agendaSent(Instant at) {
        requirePlanned("sent an agenda");
        if (agenda.isEmpty()) {
            throw new IllegalStateException("an empty agenda is not sent");
        }
        this.agendaSentAt = Objects.requireNonNull(at, "at");
    }

    public Instant agendaSentAt() { return agendaSentAt; }

    /** The agenda in order. */
    public List<AgendaItem> agenda() {
        return agenda.stream().sorted(java.util.Comparator.comparingInt(AgendaItem::position)).toList();
    }

    private void requirePlanned(String outcome) {
        if (status != MeetingStatus.PLANNED) {
            throw new IllegalStateException("only a planned meeting can be " + outcome + ", this one is " + status);
        }
    }

    public Long id() { return id; }
    public Instant startsAt() { return startsAt; }
    public String location() { return location; }
    public MeetingStatus status() { return status; }
}
