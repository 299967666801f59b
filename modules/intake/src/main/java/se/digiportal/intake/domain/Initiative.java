package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.digiportal.kernel.api.CaseNumber;

/**
 * A digitaliseringsinitiativ as described in the e-tjänst. It starts as the submitter's draft and gets its
 * diarienummer when submitted; what the beredningsgrupp received is then fixed. The initiating verksamhet and
 * the tjänsteområde are kernel rows, referred to by id and code.
 */
@Entity
@Table(name = "intake_initiative")
public class Initiative {

    public static final int TITLE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", unique = true, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Lob
    @Column(nullable = false)
    private String need;

    @Lob
    @Column(name = "proposed_solution")
    private String proposedSolution;

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Initiative() {
    }

    public Initiative(String title, String need, String proposedSolution, String serviceAreaCode, Long orgUnitId,
                      String submittedBy, Instant createdAt) {
        this.status = InitiativeStatus.DRAFT;
        describe(title, need, proposedSolution);
        this.serviceAreaCode = requireText(serviceAreaCode, "service area");
        this.orgUnitId = Objects.requireNonNull(orgUnitId, "orgUnitId");
        this.submittedBy = requireText(submittedBy, "submitter");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Only a draft may be reworded: after submission the text is what the beredningsgrupp prepares. */
    public void describe(String newTitle, String newNeed, String newProposedSolution) {
        requireDraft("describe");
        String t = requireText(newTitle, "title");
        if (t.length() > TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("title is longer than " + TITLE_MAX_LENGTH + " characters");
        }
        this.title = t;
        this.need = requireText(newNeed, "need");
        this.proposedSolution = newProposedSolution == null || newProposedSolution.isBlank()
                ? null : newProposedSolution.trim();
    }

    /** Sends the draft to the beredningsgrupp; the case number is allocated by the kernel beforehand. */
    public void submit(CaseNumber number, Instant at) {
        requireDraft("submit");
        this.caseNumber = Objects.requireNonNull(number, "number").toString();
        this.submittedAt = Objects.requireNonNull(at, "at");
        this.status = InitiativeStatus.SUBMITTED;
    }

    private void requireDraft(String action) {
        if (status != InitiativeStatus.DRAFT) {
            throw new IllegalStateException("cannot " + action + " an initiative that is " + status);
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }

    public Long id() { return id; }
    /** Empty while a draft. */
    public Optional<CaseNumber> caseNumber() { return Optional.ofNullable(caseNumber).map(CaseNumber::parse); }
    public String title() { return title; }
    public String need() { return need; }
    public String proposedSolution() { return proposedSolution; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public Long orgUnitId() { return orgUnitId; }
    public String submittedBy() { return submittedBy; }
    public InitiativeStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
}
