package se.digiportal.portfolio.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.digiportal.kernel.api.CaseNumber;

/**
 * A case in the digitaliseringsportfölj, known by the diarienummer it got at intake and linked to the decision
 * and underlag it came with. It enters as an idea and moves through its phases; a finished or stopped item stays
 * so, because benefits are followed up against what actually ended (a new attempt is a new case). Its resourcing
 * (project lead, planned period, budget per year, bookings) and its status reports are frozen once it is
 * final. {@code updatedAt} moves on every
 * change to the item or its rows, so the project office's tools can sync what changed.
 */
@Entity
@Table(name = "portfolio_item")
public class PortfolioItem {

    public static final String AUDIT_TYPE = "PortfolioItem";
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int PROJECT_LEAD_MAX_LENGTH = 100;
    public static final int PILOT_LEARNED_MAX_LENGTH = 4000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_path", nullable = false, length = 20, updatable = false)
    private EntryPath entryPath;

    @Column(name = "decision_meeting_id", updatable = false)
    private Long decisionMeetingId;

    @Column(name = "decision_agenda_item_id", updatable = false)
    private Long decisionAgendaItemId;

    @Column(name = "decision_conditions", length = 1000, updatable = false)
    private String decisionConditions;

    @Column(name = "underlag_id", updatable = false)
    private Long underlagId;

    @Column(name = "estimated_total_hours", updatable = false)
    private Integer estimatedTotalHours;

    @Column(name = "project_lead", length = PROJECT_LEAD_MAX_LENGTH)
    private String projectLead;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_status", length = 10)
    private RagStatus currentStatus;

    @Column(name = "current_progress")
    private Integer currentProgress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    private List<BudgetLine> budget = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromMonth, id")
    private List<Booking> bookings = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("reportedAt, id")
    private List<StatusReport> statusReports = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Benefit> benefits = new ArrayList<>();

    @Column(name = "pilot_learned", length = PILOT_LEARNED_MAX_LENGTH)
    private String pilotLearned;

    @Enumerated(EnumType.STRING)
    @Column(name = "pilot_decision", length = 20)
    private PilotDecision pilotDecision;

    @Column(name = "pilot_evaluated_at")
    private Instant pilotEvaluatedAt;

    @Column(name = "pilot_evaluated_by", length = 100)
    private String pilotEvaluatedBy;

    @Version
    private long version;

    protected PortfolioItem() {
    }

    public PortfolioItem(CaseNumber caseNumber, String title, String serviceAreaCode, Long orgUnitId, boolean pilot,
                         EntryPath entryPath, Instant enteredAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber").toString();
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        String trimmed = title.trim();
        this.title = trimmed.length() > TITLE_MAX_LENGTH ? trimmed.substring(0, TITLE_MAX_LENGTH) : trimmed;
        if (serviceAreaCode == null || serviceAreaCode.isBlank()) {
            throw new IllegalArgumentException("service area is required");
        }
        this.serviceAreaCode = serviceAreaCode.trim();
        this.orgUnitId = Objects.requireNonNull(orgUnitId, "orgUnitId");
        this.pilot = pilot;
        this.entryPath = Objects.requireNonNull(entryPath, "entryPath");
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
        this.updatedAt = enteredAt;
        this.phase = Phase.IDEA;
    }

    /** Entered by the beredningsgrupp's quality assurance (recommendations only). */
    public static PortfolioItem qualityAssured(CaseNumber caseNumber, String title, String serviceAreaCode,
                                               long orgUnitId, boolean pilot, Integer estimatedTotalHours,
                                               Instant at) {
        PortfolioItem item = new PortfolioItem(caseNumber, title, serviceAreaCode, orgUnitId, pilot,
                EntryPath.QUALITY_ASSURED, at);
        item.estimatedTotalHours = estimatedTotalHours;
        return item;
    }

    /** Entered by the council's approval, linked to the decision and the underlag it was decided on. */
    public static PortfolioItem councilApproved(ReferredCase referred, long meetingId, long agendaItemId,
                                                String conditions, Instant at) {
        PortfolioItem item = new PortfolioItem(CaseNumber.parse(referred.caseNumber()), referred.title(),
                referred.serviceAreaCode(), referred.orgUnitId(), PilotCondition.impliedBy(conditions),
                EntryPath.COUNCIL_APPROVED, at);
        item.decisionMeetingId = meetingId;
        item.decisionAgendaItemId = agendaItemId;
        item.decisionConditions = conditions == null || conditions.isBlank() ? null
                : conditions.length() > 1000 ? conditions.substring(0, 1000) : conditions;
        item.underlagId = referred.underlagId();
        return item;
    }

    /**
     * Moves to another phase. A pilot is done (rolled out broadly) only after an evaluation that decided to scale
     * up or adjust; a pilot whose evaluation said stop is stopped, not done.
     */
    public void moveTo(Phase next) {
        Objects.requireNonNull(next, "next");
        if (phase.isFinal() && next != phase) {
            throw new IllegalStateException("an item that is " + phase + " cannot move to " + next);
        }
        if (next == Phase.DONE && phase != Phase.DONE && !mayBeDone()) {
            throw new PilotNotEvaluatedException(pilotDecision);
        }
        this.phase = next;
    }

    /** Whether the item may move to DONE: any item that is not a pilot, a pilot only after a go-ahead. */
    public boolean mayBeDone() {
        return !pilot || (pilotDecision != null && pilotDecision != PilotDecision.STOP);
    }

    /** The pilot's evaluation: what was learned and what it decides. Evaluated again, the latest counts. */
    public void evaluatePilot(String learned, PilotDecision decision, Instant at, String by) {
        if (!pilot) {
            throw new IllegalStateException("only a pilot is evaluated");
        }
        requireOpen();
        if (learned == null || learned.isBlank() || learned.trim().length() > PILOT_LEARNED_MAX_LENGTH) {
            throw new IllegalArgumentException("what was learned is required, at most " + PILOT_LEARNED_MAX_LENGTH);
        }
        this.pilotLearned = learned.trim();
        this.pilotDecision = Objects.requireNonNull(decision, "decision");
        this.pilotEvaluatedAt = Objects.requireNonNull(at, "at");
        this.pilotEvaluatedBy = Objects.requireNonNull(by, "by");
    }

    /** Adds a benefit to realise; also after the item is done, when benefits are followed up. */
    public Benefit addBenefit(String description, String stakeholder, BenefitType type, String indicator,
                              java.math.BigDecimal baseline, java.math.BigDecimal target, String owner,
                              LocalDate nextFollowUp, Instant at) {
        Benefit benefit = new Benefit(this, description, stakeholder, type, indicator, baseline, target, owner,
                nextFollowUp, at);
        benefits.add(benefit);
        return benefit;
    }

    public Optional<Benefit> benefit(long benefitId) {
        return benefits.stream().filter(b -> b.id() != null && b.id() == benefitId).findFirst();
    }

    /** Sets the resourcing: who leads it and when it is planned to run. */
    public void plan(String projectLead, LocalDate plannedStart, LocalDate plannedEnd) {
        requireOpen();
        String lead = projectLead == null || projectLead.isBlank() ? null : projectLead.trim();
        if (lead != null && lead.length() > PROJECT_LEAD_MAX_LENGTH) {
            throw new IllegalArgumentException("project lead is longer than " + PROJECT_LEAD_MAX_LENGTH);
        }
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            throw new IllegalArgumentException("the planned end is before the planned start");
        }
        this.projectLead = lead;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    /** Sets (or replaces) the budget of one year. */
    public void budget(int year, long investment, long operation) {
        requireOpen();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        Optional<BudgetLine> existing = budgetFor(year);
        if (existing.isPresent()) {
            existing.get().change(investment, operation);
        } else {
            budget.add(new BudgetLine(this, year, investment, operation));
            budget.sort(Comparator.comparingInt(BudgetLine::year));
        }
    }

    /** Removes the budget of one year; false when there was none. */
    public boolean removeBudget(int year) {
        requireOpen();
        return budget.removeIf(b -> b.year() == year);
    }

    public Optional<BudgetLine> budgetFor(int year) {
        return budget.stream().filter(b -> b.year() == year).findFirst();
    }

    /** Books a resource kind (or a named person of that kind) for some hours every month in a period. */
    public Booking book(String kindCode, String person, YearMonth from, YearMonth to, int hoursPerMonth) {
        requireOpen();
        Booking booking = new Booking(this, kindCode, person, from, to, hoursPerMonth);
        bookings.add(booking);
        return booking;
    }

    /** Cancels a booking; false when the item has none with that id. */
    public boolean cancelBooking(long bookingId) {
        requireOpen();
        return bookings.removeIf(b -> b.id() != null && b.id() == bookingId);
    }

    /**
     * Files a status report; the item shows the latest light and progress. An item that is done or stopped has
     * nothing more to report (its benefits are followed up instead).
     */
    public StatusReport report(Instant at, String by, RagStatus rag, int progress, String note, String nextSteps) {
        requireOpen();
        StatusReport report = new StatusReport(this, at, by, rag, progress, note, nextSteps);
        statusReports.add(report);
        this.currentStatus = rag;
        this.currentProgress = progress;
        return report;
    }

    /** Marks the item as changed now (itself or one of its rows). */
    public void touch(Instant at) {
        if (at.isAfter(updatedAt)) {
            this.updatedAt = at;
        } else {
            // Two changes in the same instant (or a clock set back) still have to be seen by a sync.
            this.updatedAt = updatedAt.plusNanos(1000);
        }
    }

    private void requireOpen() {
        if (phase.isFinal()) {
            throw new IllegalStateException("an item that is " + phase + " is no longer resourced");
        }
    }

    /** The audited fields, by name. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("phase", phase);
        s.put("projectLead", projectLead);
        s.put("plannedStart", plannedStart);
        s.put("plannedEnd", plannedEnd);
        s.put("pilotDecision", pilotDecision);
        s.put("pilotLearned", pilotLearned);
        for (BudgetLine b : budget) {
            s.put("budget." + b.year() + ".investment", b.investment());
            s.put("budget." + b.year() + ".operation", b.operation());
        }
        return s;
    }

    public Long id() { return id; }
    public CaseNumber caseNumber() { return CaseNumber.parse(caseNumber); }
    public String title() { return title; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public Long orgUnitId() { return orgUnitId; }
    public Phase phase() { return phase; }
    public boolean pilot() { return pilot; }
    public Instant enteredAt() { return enteredAt; }
    public EntryPath entryPath() { return entryPath; }
    public Long decisionMeetingId() { return decisionMeetingId; }
    public Long decisionAgendaItemId() { return decisionAgendaItemId; }
    public String decisionConditions() { return decisionConditions; }
    public Long underlagId() { return underlagId; }
    public Integer estimatedTotalHours() { return estimatedTotalHours; }
    public String projectLead() { return projectLead; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedEnd() { return plannedEnd; }
    public RagStatus currentStatus() { return currentStatus; }
    public Integer currentProgress() { return currentProgress; }
    public Instant updatedAt() { return updatedAt; }
    public List<BudgetLine> budget() { return List.copyOf(budget); }
    public List<Booking> bookings() { return List.copyOf(bookings); }
    public List<StatusReport> statusReports() { return List.copyOf(statusReports); }
    public List<Benefit> benefits() { return List.copyOf(benefits); }
    public String pilotLearned() { return pilotLearned; }
    public PilotDecision pilotDecision() { return pilotDecision; }
    public Instant pilotEvaluatedAt() { return pilotEvaluatedAt; }
    public String pilotEvaluatedBy() { return pilotEvaluatedBy; }
}
