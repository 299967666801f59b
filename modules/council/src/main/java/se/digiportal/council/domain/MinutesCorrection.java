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
 * A correction (rättelse) of adjusted minutes: a new document that names the minutes it corrects, since adjusted
 * minutes never change. Drafted and edited by the secretary, adjusted by a named adjuster, and locked from then on,
 * just like the minutes.
 */
@Entity
@Table(name = "council_minutes_correction")
public class MinutesCorrection {

    public static final String AUDIT_TYPE = "CouncilMinutesCorrection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false, updatable = false)
    private long minutesId;

    @Column(nullable = false, length = Minutes.BODY_MAX_LENGTH)
    private String body;

    @Column(nullable = false, length = 100)
    private String adjuster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Minutes.Status status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @Version
    private long version;

    protected MinutesCorrection() {
    }

    /**
     * A draft correction of {@code corrected}, which must be adjusted: a draft is simply edited instead.
     *
     * @throws IllegalStateException    the minutes are not adjusted
     * @throws IllegalArgumentException naming the wrong field: {@code body} or {@code adjuster}
     */
    public MinutesCorrection(Minutes corrected, String body, String adjuster, String draftedBy, Instant at) {
        if (!corrected.adjusted()) {
            throw new IllegalStateException("only adjusted minutes are corrected; a draft is edited");
        }
        this.minutesId = Objects.requireNonNull(corrected.id(), "saved minutes");
        this.status = Minutes.Status.DRAFT;
        this.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
        this.draftedAt = Objects.requireNonNull(at, "at");
        write(body, adjuster);
    }

    public void edit(String body, String adjuster) {
        requireDraft();
        write(body, adjuster);
    }

    /** Adjusted by the named adjuster: locked from now on. */
    public void adjust(String by, Instant at) {
        requireDraft();
        if (!adjuster.equals(by)) {
            throw new IllegalArgumentException(by + " is not the named adjuster of this correction");
        }
        this.status = Minutes.Status.ADJUSTED;
        this.adjustedAt = Objects.requireNonNull(at, "at");
    }

    public boolean adjusted() {
        return status == Minutes.Status.ADJUSTED;
    }

    private void requireDraft() {
        if (adjusted()) {
            throw new IllegalStateException("an adjusted correction cannot change");
        }
    }

    private void write(String body, String adjuster) {
        if (body == null || body.isBlank() || body.length() > Minutes.BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("body");
        }
        if (adjuster == null || adjuster.isBlank()) {
            throw new IllegalArgumentException("adjuster");
        }
        this.body = body;
        this.adjuster = adjuster.trim();
    }

    public Long id() { return id; }
    public long minutesId() { return minutesId; }
    public String body() { return body; }
    public String adjuster() { return adjuster; }
    public Minutes.Status status() { return status; }
    public String draftedBy() { return draftedBy; }
    public Instant draftedAt() { return draftedAt; }
    public Instant adjustedAt() { return adjustedAt; }
}
