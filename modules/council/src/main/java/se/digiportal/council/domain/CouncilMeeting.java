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
 * A meeting (sammanträde) of the digitaliseringsråd. It is planned, then either held or cancelled; a meeting that
 * has been held has minutes and decisions, so it can no longer be cancelled.
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

    @Version
    private long version;

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
