package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A meeting (sammanträde) of the beredningsgrupp, to which submitters are invited to go through their cases.
 * An invitation is useless without a time and a place, so both are always set.
 */
@Entity
@Table(name = "beredning_meeting")
public class PreparationMeeting {

    public static final int LOCATION_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 2000;
    /** How long a meeting lasts unless told otherwise: the invitation's calendar entry needs an end. */
    public static final int DEFAULT_DURATION_MINUTES = 120;
    public static final int MAX_DURATION_MINUTES = 8 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = LOCATION_MAX_LENGTH)
    private String location;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = DEFAULT_DURATION_MINUTES;

    @Version
    private long version;

    protected PreparationMeeting() {
    }

    public PreparationMeeting(Instant startsAt, String location, String note) {
        reschedule(startsAt, location);
        annotate(note);
    }

    public PreparationMeeting(Instant startsAt, int durationMinutes, String location, String note) {
        reschedule(startsAt, durationMinutes, location);
        annotate(note);
    }

    /** A new time, length and place; nothing changes when any of them is invalid. */
    public void reschedule(Instant newStartsAt, int newDurationMinutes, String newLocation) {
        if (newDurationMinutes < 1 || newDurationMinutes > MAX_DURATION_MINUTES) {
            throw new IllegalArgumentException("a meeting lasts between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
        reschedule(newStartsAt, newLocation);
        this.durationMinutes = newDurationMinutes;
    }

    public void reschedule(Instant newStartsAt, String newLocation) {
        if (newLocation == null || newLocation.isBlank()) {
            throw new IllegalArgumentException("a meeting needs a location");
        }
        String place = newLocation.trim();
        if (place.length() > LOCATION_MAX_LENGTH) {
            throw new IllegalArgumentException("location is longer than " + LOCATION_MAX_LENGTH + " characters");
        }
        this.startsAt = Objects.requireNonNull(newStartsAt, "startsAt");
        this.location = place;
    }

    public void annotate(String newNote) {
        String text = newNote == null || newNote.isBlank() ? null : newNote.trim();
        if (text != null && text.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("note is longer than " + NOTE_MAX_LENGTH + " characters");
        }
        this.note = text;
    }

    public Long id() { return id; }
    public Instant startsAt() { return startsAt; }
    public String location() { return location; }
    public String note() { return note; }
    public int durationMinutes() { return durationMinutes; }
    public Instant endsAt() { return startsAt.plus(Duration.ofMinutes(durationMinutes)); }
    public long version() { return version; }
}
