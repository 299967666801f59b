package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One thing that happened to a case, written when the module that did it published its event. */
@Entity
@Table(name = "intake_timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TimelineKind kind;

    @Column(length = 1000)
    private String detail;

    protected TimelineEntry() {
    }

    public TimelineEntry(long initiativeId, Instant occurredAt, TimelineKind kind, String detail) {
        this.initiativeId = initiativeId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail;
    }

    public Long id() { return id; }
    public Long initiativeId() { return initiativeId; }
    public Instant occurredAt() { return occurredAt; }
    public TimelineKind kind() { return kind; }
    public String detail() { return detail; }
}
