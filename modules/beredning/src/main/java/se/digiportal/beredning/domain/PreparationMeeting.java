package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = LOCATION_MAX_LENGTH)
    private String location;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Version
    private long version;

    protected PreparationMeeting() {
    }

    public PreparationMeeting(Instant startsAt, String location, String note) {
        reschedule(startsAt, location);
        annotate(note);
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
}
