package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A case beredning referred to the council, remembered until the council decides: the decision itself names only
 * the case, and an approved case enters the portfolio with the title, area, verksamhet and underlag it was
 * referred with.
 */
@Entity
@Table(name = "portfolio_referred_case")
public class ReferredCase {

    @Id
    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "underlag_id", nullable = false)
    private long underlagId;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    protected ReferredCase() {
    }

    public ReferredCase(String caseNumber, String title, String serviceAreaCode, long orgUnitId, long underlagId,
                        Instant referredAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.title = Objects.requireNonNull(title, "title");
        this.serviceAreaCode = Objects.requireNonNull(serviceAreaCode, "serviceAreaCode");
        this.orgUnitId = orgUnitId;
        this.underlagId = underlagId;
        this.referredAt = Objects.requireNonNull(referredAt, "referredAt");
    }

    /** A case referred again (after återremiss) comes with a new underlag. */
    public void referredAgain(String title, long underlagId, Instant at) {
        this.title = title;
        this.underlagId = underlagId;
        this.referredAt = at;
    }

    public String caseNumber() { return caseNumber; }
    public String title() { return title; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public long orgUnitId() { return orgUnitId; }
    public long underlagId() { return underlagId; }
}
