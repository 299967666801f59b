package se.digiportal.intake.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A digitaliseringsinitiativ as described in the e-tjänst's fixed template. It starts as the submitter's draft
 * and gets its diarienummer when submitted; what the beredningsgrupp received is then fixed, together with the
 * criteria result the submitter saw. The initiating verksamhet is a kernel row referred to by id, the
 * tjänsteområde and the affected verksamheter by code.
 */
@Entity
@Table(name = "intake_initiative")
public class Initiative {

    public static final int TITLE_MAX_LENGTH = InitiativeContent.TITLE_MAX_LENGTH;
    public static final int IDEMPOTENCY_KEY_MAX_LENGTH = 100;

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

    @Lob
    @Column(name = "expected_benefits")
    private String expectedBenefits;

    @ElementCollection
    @CollectionTable(name = "intake_initiative_beneficiary", joinColumns = @JoinColumn(name = "initiative_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary", nullable = false, length = 20)
    private Set<Beneficiary> beneficiaries = new HashSet<>();

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Column(name = "responsible_director", length = 200)
    private String responsibleDirector;

    @ElementCollection
    @CollectionTable(name = "intake_initiative_affected_unit", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "org_unit_code", nullable = false, length = 32)
    private Set<String> affectedOrgUnits = new HashSet<>();

    @Column(name = "estimated_total_hours")
    private Integer estimatedTotalHours;

    @ElementCollection
    @CollectionTable(name = "intake_initiative_shared_hours", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "resource_kind", length = 20)
    @Column(name = "hours", nullable = false)
    private Map<SharedResource, Integer> sharedResourceHours = new HashMap<>();

    @Column(name = "financing_clear")
    private Boolean financingClear;

    @Column(name = "financing_source", length = 500)
    private String financingSource;

    @Column(name = "new_it_support")
    private Boolean newItSupport;

    @Column(name = "new_integrations")
    private Boolean newIntegrations;

    @Column(name = "integrations_with", length = 1000)
    private String integrationsWith;

    @Column(name = "external_processing")
    private Boolean externalProcessing;

    @Column(name = "external_party", length = 500)
    private String externalParty;

    @Column(name = "pilot")
    private Boolean pilot;

    @Column(name = "desired_start")
    private LocalDate desiredStart;

    @ElementCollection
    @CollectionTable(name = "intake_initiative_criterion", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "criterion_order")
    private List<MetCriterion> criteria = new ArrayList<>();

    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_MAX_LENGTH)
    private String idempotencyKey;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

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

    /** A new draft from the template's answers; only title, need and service area are required yet. */
    public static Initiative draft(InitiativeContent content, String submittedBy, Instant at) {
        Initiative i = new Initiative();
        i.status = InitiativeStatus.DRAFT;
        i.submittedBy = requireText(submittedBy, "submitter");
        i.createdAt = Objects.requireNonNull(at, "at");
        i.revise(content, at);
        return i;
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

    /** Replaces the draft's answers; refuses what even a draft may not hold, naming the fields. */
    public void revise(InitiativeContent c, Instant at) {
        requireDraft("revise");
        var errors = c.draftErrors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = c.title();
        this.need = c.need();
        this.proposedSolution = c.proposedSolution();
        this.expectedBenefits = c.expectedBenefits();
        this.beneficiaries.clear();
        this.beneficiaries.addAll(c.beneficiaries());
        this.serviceAreaCode = c.serviceAreaCode();
        this.orgUnitId = c.orgUnitId();
        this.contactName = c.contactName();
        this.contactEmail = c.contactEmail();
        this.contactPhone = c.contactPhone();
        this.responsibleDirector = c.responsibleDirector();
        this.affectedOrgUnits.clear();
        this.affectedOrgUnits.addAll(c.affectedOrgUnits());
        this.estimatedTotalHours = c.estimatedTotalHours();
        this.sharedResourceHours.clear();
        this.sharedResourceHours.putAll(c.sharedResourceHours());
        this.financingClear = c.financingClear();
        this.financingSource = c.financingSource();
        this.newItSupport = c.newItSupport();
        this.newIntegrations = c.newIntegrations();
        this.integrationsWith = c.integrationsWith();
        this.externalProcessing = c.externalProcessing();
        this.externalParty = c.externalParty();
        this.pilot = c.pilot();
        this.desiredStart = c.desiredStart();
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Sends the draft to the beredningsgrupp: the template must be complete; the case number is allocated by
     * the kernel beforehand and the criteria result is kept as the submitter saw it.
     */
    public void submit(CaseNumber number, Instant at, CriteriaResult result, String orgUnitCode,
                       String newIdempotencyKey) {
        requireDraft("submit");
        var errors = content(orgUnitCode).submitErrors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (newIdempotencyKey != null && (newIdempotencyKey.isBlank()
                || newIdempotencyKey.length() > IDEMPOTENCY_KEY_MAX_LENGTH)) {
            throw InvalidInputException.of("Idempotency-Key", "intake.validation.idempotencyKey");
        }
        this.caseNumber = Objects.requireNonNull(number, "number").toString();
        this.submittedAt = Objects.requireNonNull(at, "at");
        this.criteria.clear();
        this.criteria.addAll(Objects.requireNonNull(result, "result").met());
        this.idempotencyKey = newIdempotencyKey;
        this.status = InitiativeStatus.SUBMITTED;
    }

    /** Only a case that has been sent and is not yet decided on may be withdrawn, and only with a reason. */
    public boolean mayBeWithdrawn() {
        return status == InitiativeStatus.SUBMITTED || status == InitiativeStatus.IN_PREPARATION;
    }

    public void withdraw(String reason, Instant at) {
        if (!mayBeWithdrawn()) {
            throw new IllegalStateException("cannot withdraw an initiative that is " + status);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        if (reason.trim().length() > 1000) {
            throw InvalidInputException.of("reason", "validation.size.max");
        }
        this.withdrawalReason = reason.trim();
        this.withdrawnAt = Objects.requireNonNull(at, "at");
        this.status = InitiativeStatus.WITHDRAWN;
    }

    /** A completion may revise a case the beredningsgrupp is still preparing, never a draft nor a closed case. */
    public boolean mayBeCompleted() {
        return status == InitiativeStatus.SUBMITTED || status == InitiativeStatus.IN_PREPARATION;
    }

    /** The revisable part of the text as it stands now (the current version). */
    public InitiativeRevision revision() {
        return new InitiativeRevision(title, need, proposedSolution, expectedBenefits, responsibleDirector,
                estimatedTotalHours, financingSource, integrationsWith, externalParty);
    }

    /**
     * Revises the submitted text in answer to a completion request and returns the new version's number. The
     * criteria are taken again from the revised answers by the caller ({@link #reassess}), since hours may change.
     */
    public int complete(InitiativeRevision revised, Instant at) {
        if (!mayBeCompleted()) {
            throw new IllegalStateException("cannot complete an initiative that is " + status);
        }
        var errors = revised.errorsAgainst(revision());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = revised.title();
        this.need = revised.need();
        this.proposedSolution = revised.proposedSolution();
        this.expectedBenefits = revised.expectedBenefits();
        this.responsibleDirector = revised.responsibleDirector();
        this.estimatedTotalHours = revised.estimatedTotalHours();
        this.financingSource = revised.financingSource();
        this.integrationsWith = revised.integrationsWith();
        this.externalParty = revised.externalParty();
        this.updatedAt = Objects.requireNonNull(at, "at");
        this.contentVersion++;
        return contentVersion;
    }

    /** Keeps the criteria result of the current version (after a completion); a draft has none yet. */
    public void reassess(CriteriaResult result) {
        if (isDraft()) {
            throw new IllegalStateException("a draft's criteria are evaluated live, not kept");
        }
        this.criteria.clear();
        this.criteria.addAll(Objects.requireNonNull(result, "result").met());
    }

    /** The answers as a value; the org unit's code is the kernel's, so the caller supplies it. */
    public InitiativeContent content(String orgUnitCode) {
        return new InitiativeContent(title, need, proposedSolution, expectedBenefits,
                beneficiaries.isEmpty() ? Set.of() : EnumSet.copyOf(beneficiaries), serviceAreaCode, orgUnitId,
                orgUnitCode, contactName, contactEmail, contactPhone, responsibleDirector,
                new TreeSet<>(affectedOrgUnits), estimatedTotalHours,
                sharedResourceHours.isEmpty() ? Map.of() : new EnumMap<>(sharedResourceHours), financingClear,
                financingSource, newItSupport, newIntegrations, integrationsWith, externalProcessing,
                externalParty, pilot, desiredStart);
    }

    public boolean isDraft() {
        return status == InitiativeStatus.DRAFT;
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
    public String contactEmail() { return contactEmail; }
    public List<MetCriterion> criteria() { return List.copyOf(criteria); }
    public String idempotencyKey() { return idempotencyKey; }
    public String submittedBy() { return submittedBy; }
    public InitiativeStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawalReason() { return withdrawalReason; }
    /** 1 as submitted; each answered completion request adds one. */
    public int contentVersion() { return contentVersion; }
}
