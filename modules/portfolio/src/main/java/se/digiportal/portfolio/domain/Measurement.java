package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A value of a benefit's indicator, measured on a day. */
@Entity
@Table(name = "portfolio_benefit_measurement")
public class Measurement {

    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "benefit_id", nullable = false, updatable = false)
    private Benefit benefit;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, precision = 16, scale = 2, updatable = false)
    private BigDecimal measured;

    @Column(length = NOTE_MAX_LENGTH, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected Measurement() {
    }

    Measurement(Benefit benefit, LocalDate measuredOn, BigDecimal measured, String note, String recordedBy) {
        if (note != null && note.trim().length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("note is longer than " + NOTE_MAX_LENGTH);
        }
        this.benefit = benefit;
        this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
        this.measured = Objects.requireNonNull(measured, "measured");
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public Long id() { return id; }
    public LocalDate measuredOn() { return measuredOn; }
    public BigDecimal measured() { return measured; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
}
