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
import se.digiportal.council.api.DecisionOutcome;

/**
 * A case the beredningsgrupp has referred to the council, with its published underlag. It waits on the "to be
 * scheduled" list until the secretary places it on a meeting, and leaves the council when decided or returned; a
 * deferred case stays scheduled (on the next meeting) or, when there is none, goes back to the list.
 */
@Entity
@Table(name = "council_referral")
public class CouncilReferral {

    public static final String AUDIT_TYPE = "CouncilReferral";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "service_area_code", length = 40)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "underlag_id", nullable = false)
    private long underlagId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralKind kind;

    @Column(name = "proposed_decision", length = 5000)
    private String proposedDecision;

    @Column(length = 5000)
    private String motivation;

    @Column(name = "referred_by", nullable = false, length = 100)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Version
    private long version;

    protected CouncilReferral() {
    }

    public CouncilReferral(String caseNumber, String title, String serviceAreaCode, long orgUnitId, long underlagId,
                           ReferralKind kind, String proposedDecision, String motivation, String referredBy,
                           Instant referredAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.title = cut(Objects.requireNonNull(title, "title"), 200);
        this.serviceAreaCode = serviceAreaCode;
        this.orgUnitId = orgUnitId;
        this.underlagId = underlagId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.proposedDecision = cut(proposedDecision, 5000);
        this.motivation = cut(motivation, 5000);
        this.referredBy = referredBy == null ? "system" : referredBy;
        this.referredAt = Objects.requireNonNull(referredAt, "referredAt");
        this.status = ReferralStatus.TO_BE_SCHEDULED;
    }

    /** Placed on a meeting's agenda. */
    void scheduled() {
        if (status != ReferralStatus.TO_BE_SCHEDULED) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not waiting to be scheduled");
        }
        status = ReferralStatus.SCHEDULED;
    }

    /** Back on the "to be scheduled" list (deferred with no later meeting planned). */
    public void unscheduled() {
        if (status != ReferralStatus.SCHEDULED) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not scheduled");
        }
        status = ReferralStatus.TO_BE_SCHEDULED;
    }

    void decided(DecisionOutcome outcome) {
        if (status != ReferralStatus.SCHEDULED) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not on an agenda");
        }
        switch (outcome) {
            case APPROVED, REJECTED -> status = ReferralStatus.DECIDED;
            case RETURNED -> status = ReferralStatus.RETURNED;
            case DEFERRED -> { }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String title() { return title; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public long orgUnitId() { return orgUnitId; }
    public long underlagId() { return underlagId; }
    public ReferralKind kind() { return kind; }
    public String proposedDecision() { return proposedDecision; }
    public String motivation() { return motivation; }
    public String referredBy() { return referredBy; }
    public Instant referredAt() { return referredAt; }
    public ReferralStatus status() { return status; }
}
