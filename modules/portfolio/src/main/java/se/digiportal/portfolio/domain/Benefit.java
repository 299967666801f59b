package se.digiportal.portfolio.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A benefit an item is to realise (nyttorealisering): what, for whom, of which kind, measured by which indicator
 * from a baseline towards a target, owned by someone, with the next follow-up date and the values measured so far.
 * Benefits are followed up after the item is done, so they stay open when the item is final.
 */
@Entity
@Table(name = "portfolio_benefit")
public class Benefit {

    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    public static final int TEXT_MAX_LENGTH = 200;
    public static final int OWNER_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PortfolioItem item;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_type", nullable = false, length = 20)
    private BenefitType type;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String indicator;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal target;

    @Column(nullable = false, length = OWNER_MAX_LENGTH)
    private String owner;

    @Column(name = "next_follow_up")
    private LocalDate nextFollowUp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "benefit", cascade = CascadeType.ALL)
    @OrderBy("measuredOn, id")
    private List<Measurement> measurements = new ArrayList<>();

    protected Benefit() {
    }

    Benefit(PortfolioItem item, String description, String stakeholder, BenefitType type, String indicator,
            BigDecimal baseline, BigDecimal target, String owner, LocalDate nextFollowUp, Instant createdAt) {
        this.item = item;
        this.description = required(description, DESCRIPTION_MAX_LENGTH, "description");
        this.stakeholder = required(stakeholder, TEXT_MAX_LENGTH, "stakeholder");
        this.type = Objects.requireNonNull(type, "type");
        this.indicator = required(indicator, TEXT_MAX_LENGTH, "indicator");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.target = Objects.requireNonNull(target, "target");
        this.owner = required(owner, OWNER_MAX_LENGTH, "owner");
        this.nextFollowUp = nextFollowUp;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Records a measured value; the next follow-up date moves on when one is given. */
    public Measurement measure(LocalDate on, BigDecimal value, String note, String by, LocalDate nextFollowUp) {
        Measurement m = new Measurement(this, on, value, note, by);
        measurements.add(m);
        if (nextFollowUp != null) {
            this.nextFollowUp = nextFollowUp;
        }
        return m;
    }

    private static String required(String value, int max, String name) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException(name + " is required, at most " + max + " characters");
        }
        return value.trim();
    }

    public Long id() { return id; }
    public String description() { return description; }
    public String stakeholder() { return stakeholder; }
    public BenefitType type() { return type; }
    public String indicator() { return indicator; }
    public BigDecimal baseline() { return baseline; }
    public BigDecimal target() { return target; }
    public String owner() { return owner; }
    public LocalDate nextFollowUp() { return nextFollowUp; }
    public List<Measurement> measurements() { return List.copyOf(measurements); }
}
