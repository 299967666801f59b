package se.digiportal.portfolio.domain;

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
import se.digiportal.kernel.api.CaseNumber;

/**
 * A case in the digitaliseringsportfölj, known by the diarienummer it got at intake. It enters as an idea and
 * moves through its phases; a finished or stopped item stays so, because benefits are followed up against what
 * actually ended (a new attempt is a new case).
 */
@Entity
@Table(name = "portfolio_item")
public class PortfolioItem {

    public static final int TITLE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(nullable = false)
    private boolean pilot;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected PortfolioItem() {
    }

    public PortfolioItem(CaseNumber caseNumber, String title, String serviceAreaCode, Long orgUnitId, boolean pilot,
                         Instant enteredAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber").toString();
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (title.trim().length() > TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("title is longer than " + TITLE_MAX_LENGTH + " characters");
        }
        if (serviceAreaCode == null || serviceAreaCode.isBlank()) {
            throw new IllegalArgumentException("service area is required");
        }
        this.title = title.trim();
        this.serviceAreaCode = serviceAreaCode.trim();
        this.orgUnitId = Objects.requireNonNull(orgUnitId, "orgUnitId");
        this.pilot = pilot;
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
        this.phase = Phase.IDEA;
    }

    public void moveTo(Phase next) {
        Objects.requireNonNull(next, "next");
        if (phase.isFinal() && next != phase) {
            throw new IllegalStateException("an item that is " + phase + " cannot move to " + next);
        }
        this.phase = next;
    }

    public Long id() { return id; }
    public CaseNumber caseNumber() { return CaseNumber.parse(caseNumber); }
    public String title() { return title; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public Long orgUnitId() { return orgUnitId; }
    public Phase phase() { return phase; }
    public boolean pilot() { return pilot; }
    public Instant enteredAt() { return enteredAt; }
}
