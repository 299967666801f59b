package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A status report on an item: traffic light, progress, what happened and what comes next. Never changed later. */
@Entity
@Table(name = "portfolio_status_report")
public class StatusReport {

    public static final int TEXT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PortfolioItem item;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 100, updatable = false)
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RagStatus rag;

    @Column(nullable = false, updatable = false)
    private int progress;

    @Column(nullable = false, length = TEXT_MAX_LENGTH, updatable = false)
    private String note;

    @Column(name = "next_steps", length = TEXT_MAX_LENGTH, updatable = false)
    private String nextSteps;

    protected StatusReport() {
    }

    StatusReport(PortfolioItem item, Instant reportedAt, String reportedBy, RagStatus rag, int progress, String note,
                 String nextSteps) {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress is a percentage");
        }
        if (note == null || note.isBlank() || note.trim().length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("a note of at most " + TEXT_MAX_LENGTH + " characters is required");
        }
        if (nextSteps != null && nextSteps.trim().length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("next steps are longer than " + TEXT_MAX_LENGTH);
        }
        this.item = item;
        this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
        this.reportedBy = Objects.requireNonNull(reportedBy, "reportedBy");
        this.rag = Objects.requireNonNull(rag, "rag");
        this.progress = progress;
        this.note = note.trim();
        this.nextSteps = nextSteps == null || nextSteps.isBlank() ? null : nextSteps.trim();
    }

    public Long id() { return id; }
    public Instant reportedAt() { return reportedAt; }
    public String reportedBy() { return reportedBy; }
    public RagStatus rag() { return rag; }
    public int progress() { return progress; }
    public String note() { return note; }
    public String nextSteps() { return nextSteps; }
}
