package se.digiportal.beredning.domain;

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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.intake.api.InitiativeFacts;

/**
 * A submitted initiative as the beredningsgrupp prepares it. It keeps a snapshot of what intake published (the
 * text itself stays in intake) and guards the beredning's state machine: who prepares it, whether it waits for
 * the submitter, how it is assessed and routed, and when it leaves the beredning.
 */
@Entity
@Table(name = "beredning_case")
public class PreparationCase {

    /** How the audit trail names this entity. */
    public static final String AUDIT_TYPE = "PreparationCase";
    public static final int MOTIVATION_MAX_LENGTH = 4000;
    public static final int COUNCIL_RETURN_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "forvaltning_id", nullable = false)
    private long forvaltningId;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "responsible_director", length = 200)
    private String responsibleDirector;

    @Column(name = "estimated_total_hours")
    private Integer estimatedTotalHours;

    @Column(name = "affected_org_units", length = 1000)
    private String affectedOrgUnits;

    @Column(name = "procurement", nullable = false)
    private boolean procurement;

    @Column(name = "new_integrations", nullable = false)
    private boolean newIntegrations;

    @Column(name = "external_processing", nullable = false)
    private boolean externalProcessing;

    @Column(name = "financing_clear", nullable = false)
    private boolean financingClear;

    @Column(name = "pilot", nullable = false)
    private boolean pilot;

    @Column(name = "criteria", length = 200)
    private String criteria;

    @Column(name = "criteria_count", nullable = false)
    private int criteriaCount;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submission_version", nullable = false)
    private int submissionVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PreparationStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(length = 64)
    private String assignee;

    @Column(name = "assignee_name", length = 200)
    private String assigneeName;

    @Column(name = "checklist_answered", nullable = false)
    private int checklistAnswered;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Assessment assessment;

    @Column(name = "assessment_motivation", length = MOTIVATION_MAX_LENGTH)
    private String assessmentMotivation;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Routing routing;

    @Column(name = "routing_motivation", length = MOTIVATION_MAX_LENGTH)
    private String routingMotivation;

    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_mode", length = 20)
    private ConsultationMode consultationMode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "council_return_note", length = COUNCIL_RETURN_MAX_LENGTH)
    private String councilReturnNote;

    @Column(name = "council_return_ref", length = 200)
    private String councilReturnRef;

    @Column(name = "council_returned_at")
    private Instant councilReturnedAt;

    @Version
    private long version;

    protected PreparationCase() {
    }

    /** A case that has just arrived from intake. */
    public static PreparationCase received(String caseNumber, long initiativeId, InitiativeFacts facts,
                                           long forvaltningId, Instant submittedAt) {
        PreparationCase c = new PreparationCase();
        c.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        c.initiativeId = initiativeId;
        c.forvaltningId = forvaltningId;
        c.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        c.submissionVersion = 1;
        c.take(facts);
        c.moveTo(PreparationStatus.NEW, submittedAt);
        return c;
    }

    /** A completed case: the snapshot follows the new version and the case is the beredare's again. */
    public void completed(InitiativeFacts facts, int newVersion, Instant at) {
        if (status != PreparationStatus.AWAITING_COMPLETION && status != PreparationStatus.PARKED) {
            // An answer that comes unasked still updates what we know, but changes no status.
            take(facts);
            this.submissionVersion = newVersion;
            this.updatedAt = at;
            return;
        }
        take(facts);
        this.submissionVersion = newVersion;
        moveTo(PreparationStatus.IN_PREPARATION, at);
    }

    public void assign(String username, String fullName, Instant at) {
        requireOpen("assign");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an assignee is required");
        }
        this.assignee = username;
        this.assigneeName = fullName;
        if (status == PreparationStatus.NEW) {
            moveTo(PreparationStatus.IN_PREPARATION, at);
        } else {
            this.updatedAt = at;
        }
    }

    /** The case now waits for the submitter; the request itself is a {@link CompletionRequest}. */
    public void awaitCompletion(Instant at) {
        requireStatus("request completion", PreparationStatus.NEW, PreparationStatus.IN_PREPARATION,
                PreparationStatus.UNDERLAG_IN_PREPARATION);
        moveTo(PreparationStatus.AWAITING_COMPLETION, at);
    }

    public void park(Instant at) {
        requireStatus("park", PreparationStatus.AWAITING_COMPLETION);
        moveTo(PreparationStatus.PARKED, at);
    }

    /** A beredare wakes a parked case. */
    public void resume(Instant at) {
        requireStatus("resume", PreparationStatus.PARKED);
        moveTo(PreparationStatus.IN_PREPARATION, at);
    }

    public void checklistAnswered(int answered, Instant at) {
        this.checklistAnswered = answered;
        this.updatedAt = at;
    }

    /** Step 1: include, needs completion or rejected; a rejection closes the case. */
    public void assess(Assessment outcome, String motivation, Instant at) {
        requireOpen("assess");
        Objects.requireNonNull(outcome, "outcome");
        String why = trimToNull(motivation);
        if (why == null) {
            throw new IllegalArgumentException("an assessment needs a motivation");
        }
        requireLength(why);
        this.assessment = outcome;
        this.assessmentMotivation = why;
        if (outcome == Assessment.REJECTED) {
            moveTo(PreparationStatus.REJECTED, at);
        } else {
            this.updatedAt = at;
        }
    }

    /**
     * The beredare's routing with a motivation. Referral and samråd go on to an underlag; a samråd needs its
     * form. Recommendations only stays in preparation until the case is quality-assured.
     */
    public void route(Routing newRouting, String motivation, ConsultationMode mode, Instant at) {
        requireStatus("route", PreparationStatus.IN_PREPARATION, PreparationStatus.UNDERLAG_IN_PREPARATION);
        Objects.requireNonNull(newRouting, "routing");
        String why = trimToNull(motivation);
        if (why == null) {
            throw new IllegalArgumentException("a routing decision needs a motivation");
        }
        requireLength(why);
        if (newRouting == Routing.CONSULTATION && mode == null) {
            throw new IllegalArgumentException("a samråd needs its form: council meeting or snabbsamråd");
        }
        this.routing = newRouting;
        this.routingMotivation = why;
        this.consultationMode = newRouting == Routing.CONSULTATION ? mode : null;
        moveTo(newRouting == Routing.RECOMMENDATIONS_ONLY ? PreparationStatus.IN_PREPARATION
                : PreparationStatus.UNDERLAG_IN_PREPARATION, at);
    }

    /** The recommendations-only path ends here: every checklist item has been answered. */
    public void qualityAssure(int checklistItems, Instant at) {
        requireStatus("quality-assure", PreparationStatus.IN_PREPARATION);
        if (routing != Routing.RECOMMENDATIONS_ONLY) {
            throw new IllegalStateException("only a case routed to recommendations only is quality-assured here");
        }
        if (checklistAnswered < checklistItems) {
            throw new IllegalStateException("the checklist is not complete");
        }
        moveTo(PreparationStatus.QUALITY_ASSURED, at);
    }

    /** The underlag is published: the case is the council's now. */
    public void referred(Instant at) {
        requireStatus("refer", PreparationStatus.UNDERLAG_IN_PREPARATION);
        moveTo(PreparationStatus.REFERRED, at);
    }

    /**
     * Återremiss: the council returned the case with what to complete. Its underlag is prepared again (from a
     * copy of the published one, which stays as the council read it) and the case can be referred anew.
     *
     * @param meetingRef where the council decided it, e.g. "Digitaliseringsrådet 2026-12-10, § 4"
     */
    public void returnedByCouncil(String whatToComplete, String meetingRef, Instant at) {
        requireStatus("return", PreparationStatus.REFERRED);
        String what = trimToNull(whatToComplete);
        if (what == null) {
            throw new IllegalArgumentException("a returned case needs what to complete");
        }
        if (what.length() > COUNCIL_RETURN_MAX_LENGTH) {
            throw new IllegalArgumentException("what to complete is longer than " + COUNCIL_RETURN_MAX_LENGTH);
        }
        this.councilReturnNote = what;
        this.councilReturnRef = meetingRef == null ? null
                : meetingRef.length() > 200 ? meetingRef.substring(0, 200) : meetingRef;
        this.councilReturnedAt = Objects.requireNonNull(at, "at");
        moveTo(PreparationStatus.UNDERLAG_IN_PREPARATION, at);
    }

    public void withdrawn(Instant at) {
        if (status.isOpen()) {
            moveTo(PreparationStatus.WITHDRAWN, at);
        }
    }

    private void take(InitiativeFacts facts) {
        this.title = facts.title();
        this.serviceAreaCode = facts.serviceAreaCode();
        this.orgUnitId = facts.orgUnitId();
        this.submittedBy = facts.submittedBy();
        this.contactName = facts.contactName();
        this.contactEmail = facts.contactEmail();
        this.responsibleDirector = facts.responsibleDirector();
        this.estimatedTotalHours = facts.estimatedTotalHours();
        this.affectedOrgUnits = facts.affectedOrgUnits().isEmpty() ? null : String.join(",", facts.affectedOrgUnits());
        this.procurement = facts.newItSupport();
        this.newIntegrations = facts.newIntegrations();
        this.externalProcessing = facts.externalProcessing();
        this.financingClear = facts.financingClear();
        this.pilot = facts.pilot();
        this.criteria = facts.criteria().isEmpty() ? null : String.join(",", facts.criteria());
        this.criteriaCount = facts.criteria().size();
    }

    private void moveTo(PreparationStatus next, Instant at) {
        this.status = next;
        this.statusSince = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new IllegalStateException("cannot " + action + " a case that is " + status);
        }
    }

    private void requireStatus(String action, PreparationStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalStateException("cannot " + action + " a case that is " + status);
        }
    }

    private static void requireLength(String text) {
        if (text.length() > MOTIVATION_MAX_LENGTH) {
            throw new IllegalArgumentException("motivation is longer than " + MOTIVATION_MAX_LENGTH + " characters");
        }
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public long initiativeId() { return initiativeId; }
    public String title() { return title; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public long orgUnitId() { return orgUnitId; }
    public long forvaltningId() { return forvaltningId; }
    public String submittedBy() { return submittedBy; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String responsibleDirector() { return responsibleDirector; }
    public Integer estimatedTotalHours() { return estimatedTotalHours; }
    public List<String> affectedOrgUnits() {
        return affectedOrgUnits == null ? List.of() : List.of(affectedOrgUnits.split(","));
    }
    public int affectedOrgUnitCount() { return affectedOrgUnits().size(); }
    public boolean procurement() { return procurement; }
    public boolean newIntegrations() { return newIntegrations; }
    public boolean externalProcessing() { return externalProcessing; }
    public boolean financingClear() { return financingClear; }
    public boolean pilot() { return pilot; }
    public List<String> criteria() { return criteria == null ? List.of() : List.of(criteria.split(",")); }
    public Instant submittedAt() { return submittedAt; }
    public int submissionVersion() { return submissionVersion; }
    public PreparationStatus status() { return status; }
    public Instant statusSince() { return statusSince; }
    public String assignee() { return assignee; }
    public String assigneeName() { return assigneeName; }
    public int checklistAnswered() { return checklistAnswered; }
    public Assessment assessment() { return assessment; }
    public String assessmentMotivation() { return assessmentMotivation; }
    public Routing routing() { return routing; }
    public String routingMotivation() { return routingMotivation; }
    public ConsultationMode consultationMode() { return consultationMode; }
    public Instant updatedAt() { return updatedAt; }
    /** What the council asked to complete at its latest återremiss, or null when it never returned the case. */
    public String councilReturnNote() { return councilReturnNote; }
    public String councilReturnRef() { return councilReturnRef; }
    public Instant councilReturnedAt() { return councilReturnedAt; }
}
