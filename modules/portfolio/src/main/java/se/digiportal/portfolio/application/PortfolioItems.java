package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.digiportal.beredning.api.DecisionBases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.portfolio.application.Views.BudgetForm;
import se.digiportal.portfolio.application.Views.BudgetLineView;
import se.digiportal.portfolio.application.Views.ChangeSet;
import se.digiportal.portfolio.application.Views.ItemFilter;
import se.digiportal.portfolio.application.Views.ItemPage;
import se.digiportal.portfolio.application.Views.ItemView;
import se.digiportal.portfolio.application.Views.ListStamp;
import se.digiportal.portfolio.application.Views.Origin;
import se.digiportal.portfolio.application.Views.PortfolioItemView;
import se.digiportal.portfolio.application.Views.ResourcingForm;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.portfolio.application.Views.BookingForm;
import se.digiportal.portfolio.application.Views.BookingView;
import se.digiportal.portfolio.application.Views.StatusReportForm;
import se.digiportal.portfolio.application.Views.StatusReportView;
import se.digiportal.portfolio.application.Views.BenefitForm;
import se.digiportal.portfolio.application.Views.BenefitView;
import se.digiportal.portfolio.application.Views.MeasurementForm;
import se.digiportal.portfolio.application.Views.MeasurementView;
import se.digiportal.portfolio.application.Views.PilotEvaluationForm;
import se.digiportal.portfolio.application.Views.PilotEvaluationView;
import se.digiportal.portfolio.domain.Benefit;
import se.digiportal.portfolio.domain.BenefitType;
import se.digiportal.portfolio.domain.Booking;
import se.digiportal.portfolio.domain.Measurement;
import se.digiportal.portfolio.domain.PilotDecision;
import se.digiportal.portfolio.domain.PilotNotEvaluatedException;
import se.digiportal.portfolio.domain.BudgetLine;
import se.digiportal.portfolio.domain.CapacityRepository;
import se.digiportal.portfolio.domain.StatusReport;
import se.digiportal.portfolio.domain.ItemSummary;
import se.digiportal.portfolio.domain.Phase;
import se.digiportal.portfolio.domain.PortfolioFilter;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.RagStatus;

/**
 * The portfolio's items: read by the project office, the beredningsgrupp, the council and read-only API clients;
 * resourced (project lead, phase, planned period, budget per year, bookings), reported on, its benefits followed
 * up and its pilot evaluated by the project office only. Every change is audited and moves the item's
 * {@code updatedAt}.
 */
@Stateless
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
        Role.Names.COUNCIL_SECRETARY, Role.Names.API_CLIENT})
public class PortfolioItems {

    public static final int MAX_PAGE_SIZE = 1000;
    /** The most changes one sync call returns; the client asks again from the last {@code updatedAt}. */
    public static final int MAX_CHANGES = 1000;
    private static final java.math.BigDecimal MAX_MEASURE = new java.math.BigDecimal("99999999999999");

    @Inject
    PortfolioItemRepository items;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CapacityRepository capacity;

    @Inject
    CurrentUserService currentUser;

    @Inject
    DecisionBases decisionBases;

    /** One page ({@code page} from 0) of the filtered items, in case-number order. */
    public ItemPage page(ItemFilter filter, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "portfolio.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "portfolio.error.size");
        }
        PortfolioFilter f = parse(filter);
        long total = items.stamp(f).count();
        long first = (long) page * size;
        List<PortfolioItemView> rows = first >= total ? List.of()
                : items.summaries(f, (int) first, size).stream().map(PortfolioItems::view).toList();
        return new ItemPage(rows, total, page, size);
    }

    /** Every filtered item, in case-number order (the full feed). */
    public List<PortfolioItemView> all(ItemFilter filter) {
        return items.summaries(parse(filter), 0, Integer.MAX_VALUE).stream().map(PortfolioItems::view).toList();
    }

    public ListStamp stamp(ItemFilter filter) {
        var stamp = items.stamp(parse(filter));
        return new ListStamp(stamp.count(), stamp.lastUpdated());
    }

    public ItemView item(long id) {
        return detail(find(id));
    }

    public ItemView item(String caseNumber) {
        return detail(items.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("portfolio item " + caseNumber)));
    }

    /**
     * The published underlag the council decided on, for those who resource and follow up the item; items that
     * entered on the recommendations-only path have none.
     */
    @RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
            Role.Names.COUNCIL_SECRETARY})
    public byte[] underlagPdf(long id) {
        Long underlagId = find(id).underlagId();
        if (underlagId == null) {
            throw new NotFoundException("underlag of portfolio item " + id);
        }
        return decisionBases.pdf(underlagId).orElseThrow(() -> new NotFoundException("underlag " + underlagId));
    }

    /** Items changed after {@code since} (at most {@link #MAX_CHANGES}, oldest first), including final ones. */
    public ChangeSet changes(Instant since) {
        if (since == null) {
            throw InvalidInputException.of("since", "portfolio.error.since");
        }
        Instant asOf = clock.instant();
        return new ChangeSet(since, asOf,
                items.changedSince(since, MAX_CHANGES).stream().map(PortfolioItems::view).toList());
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView resource(long id, ResourcingForm form) {
        PortfolioItem item = find(id);
        List<FieldError> errors = new ArrayList<>();
        Phase phase = null;
        if (form.phase() != null && !form.phase().isBlank()) {
            phase = parseEnum(Phase.class, form.phase(), "phase", errors);
        }
        if (form.projectLead() != null && form.projectLead().trim().length() > PortfolioItem.PROJECT_LEAD_MAX_LENGTH) {
            errors.add(new FieldError("projectLead", "portfolio.error.projectLead"));
        }
        if (form.plannedStart() != null && form.plannedEnd() != null
                && form.plannedEnd().isBefore(form.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "portfolio.error.plannedEnd"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpen(item);
        Map<String, Object> before = item.snapshot();
        item.plan(form.projectLead(), form.plannedStart(), form.plannedEnd());
        if (phase != null && phase != item.phase()) {
            try {
                item.moveTo(phase);
            } catch (PilotNotEvaluatedException e) {
                throw new ConflictException(e.decision() == null ? "portfolio.error.pilotNotEvaluated"
                        : "portfolio.error.pilotStopped");
            }
        }
        return changed(item, "RESOURCED", before);
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView budget(long id, BudgetForm form) {
        PortfolioItem item = find(id);
        List<FieldError> errors = new ArrayList<>();
        if (form.year() == null || form.year() < PortfolioItem.FIRST_YEAR || form.year() > PortfolioItem.LAST_YEAR) {
            errors.add(new FieldError("year", "portfolio.error.year"));
        }
        if (form.investment() == null || form.investment() < 0 || form.investment() > BudgetLine.MAX_AMOUNT) {
            errors.add(new FieldError("investment", "portfolio.error.amount"));
        }
        if (form.operation() == null || form.operation() < 0 || form.operation() > BudgetLine.MAX_AMOUNT) {
            errors.add(new FieldError("operation", "portfolio.error.amount"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpen(item);
        Map<String, Object> before = item.snapshot();
        item.budget(form.year(), form.investment(), form.operation());
        return changed(item, "BUDGET_SET", before);
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView removeBudget(long id, int year) {
        PortfolioItem item = find(id);
        requireOpen(item);
        Map<String, Object> before = item.snapshot();
        if (!item.removeBudget(year)) {
            throw new NotFoundException("budget " + year + " of portfolio item " + id);
        }
        return changed(item, "BUDGET_REMOVED", before);
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView book(long id, BookingForm form) {
        PortfolioItem item = find(id);
        List<FieldError> errors = new ArrayList<>();
        if (form.kindCode() == null || form.kindCode().isBlank() || capacity.kind(form.kindCode()).isEmpty()) {
            errors.add(new FieldError("kindCode", "portfolio.error.kind"));
        }
        if (form.person() != null && form.person().trim().length() > Booking.PERSON_MAX_LENGTH) {
            errors.add(new FieldError("person", "portfolio.error.person"));
        }
        if (form.from() == null) {
            errors.add(new FieldError("from", "portfolio.error.month"));
        }
        if (form.to() == null || (form.from() != null && (form.to().isBefore(form.from())
                || form.from().plusMonths(Booking.MAX_MONTHS - 1).isBefore(form.to())))) {
            errors.add(new FieldError("to", "portfolio.error.toMonth"));
        }
        if (form.hoursPerMonth() == null || form.hoursPerMonth() < 1
                || form.hoursPerMonth() > Booking.MAX_HOURS_PER_MONTH) {
            errors.add(new FieldError("hoursPerMonth", "portfolio.error.hours"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpen(item);
        Booking booking = item.book(form.kindCode(), form.person(), form.from(), form.to(), form.hoursPerMonth());
        return changed(item, "BOOKED", Map.of(), bookingSnapshot(booking));
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView cancelBooking(long id, long bookingId) {
        PortfolioItem item = find(id);
        requireOpen(item);
        Booking booking = item.bookings().stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow(() -> new NotFoundException("booking " + bookingId + " of portfolio item " + id));
        item.cancelBooking(bookingId);
        return changed(item, "BOOKING_CANCELLED", bookingSnapshot(booking), Map.of());
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView report(long id, StatusReportForm form) {
        PortfolioItem item = find(id);
        List<FieldError> errors = new ArrayList<>();
        RagStatus rag = blank(form.status()) ? null : parseEnum(RagStatus.class, form.status(), "status", errors);
        if (rag == null && errors.isEmpty()) {
            errors.add(new FieldError("status", "portfolio.error.status"));
        }
        if (form.progress() == null || form.progress() < 0 || form.progress() > 100) {
            errors.add(new FieldError("progress", "portfolio.error.progress"));
        }
        if (blank(form.note()) || form.note().trim().length() > StatusReport.TEXT_MAX_LENGTH) {
            errors.add(new FieldError("note", "portfolio.error.note"));
        }
        if (form.nextSteps() != null && form.nextSteps().trim().length() > StatusReport.TEXT_MAX_LENGTH) {
            errors.add(new FieldError("nextSteps", "portfolio.error.nextSteps"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpen(item);
        Map<String, Object> before = Map.of("status", String.valueOf(item.currentStatus()),
                "progress", String.valueOf(item.currentProgress()));
        StatusReport report = item.report(clock.instant(), currentUser.username(), rag, form.progress(), form.note(),
                form.nextSteps());
        return changed(item, "STATUS_REPORTED", before, Map.of("status", report.rag(), "progress",
                report.progress(), "note", report.note()));
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView addBenefit(long id, BenefitForm form) {
        PortfolioItem item = find(id);
        List<FieldError> errors = new ArrayList<>();
        text(form.description(), Benefit.DESCRIPTION_MAX_LENGTH, "description", errors);
        text(form.stakeholder(), Benefit.TEXT_MAX_LENGTH, "stakeholder", errors);
        BenefitType type = blank(form.type()) ? null : parseEnum(BenefitType.class, form.type(), "type", errors);
        if (blank(form.type())) {
            errors.add(new FieldError("type", "portfolio.error.type"));
        }
        text(form.indicator(), Benefit.TEXT_MAX_LENGTH, "indicator", errors);
        amount(form.baseline(), "baseline", errors);
        amount(form.target(), "target", errors);
        text(form.owner(), Benefit.OWNER_MAX_LENGTH, "owner", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Benefit benefit = item.addBenefit(form.description(), form.stakeholder(), type, form.indicator(),
                form.baseline(), form.target(), form.owner(), form.nextFollowUp(), clock.instant());
        return changed(item, "BENEFIT_ADDED", Map.of(), Map.of("description", benefit.description(),
                "type", benefit.type(), "indicator", benefit.indicator(), "baseline", benefit.baseline(),
                "target", benefit.target(), "owner", benefit.owner()));
    }

    /** A measured value of a benefit; also after the item is done, when benefits are followed up. */
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView measure(long id, long benefitId, MeasurementForm form) {
        PortfolioItem item = find(id);
        Benefit benefit = item.benefit(benefitId)
                .orElseThrow(() -> new NotFoundException("benefit " + benefitId + " of portfolio item " + id));
        List<FieldError> errors = new ArrayList<>();
        if (form.measuredOn() == null) {
            errors.add(new FieldError("measuredOn", "portfolio.error.date"));
        }
        amount(form.value(), "value", errors);
        if (form.note() != null && form.note().trim().length() > Measurement.NOTE_MAX_LENGTH) {
            errors.add(new FieldError("note", "portfolio.error.measurementNote"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Measurement m = benefit.measure(form.measuredOn(), form.value(), form.note(), currentUser.username(),
                form.nextFollowUp());
        return changed(item, "BENEFIT_MEASURED", Map.of(), Map.of("benefit", benefitId,
                "measuredOn", m.measuredOn(), "value", m.measured()));
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public ItemView evaluatePilot(long id, PilotEvaluationForm form) {
        PortfolioItem item = find(id);
        if (!item.pilot()) {
            throw new ConflictException("portfolio.error.notPilot");
        }
        List<FieldError> errors = new ArrayList<>();
        text(form.learned(), PortfolioItem.PILOT_LEARNED_MAX_LENGTH, "learned", errors);
        PilotDecision decision = blank(form.decision()) ? null
                : parseEnum(PilotDecision.class, form.decision(), "decision", errors);
        if (blank(form.decision())) {
            errors.add(new FieldError("decision", "portfolio.error.decision"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpen(item);
        Map<String, Object> before = item.snapshot();
        item.evaluatePilot(form.learned(), decision, clock.instant(), currentUser.username());
        return changed(item, "PILOT_EVALUATED", before);
    }

    private static void text(String value, int max, String field, List<FieldError> errors) {
        if (blank(value) || value.trim().length() > max) {
            errors.add(new FieldError(field, "portfolio.error." + field));
        }
    }

    private static void amount(java.math.BigDecimal value, String field, List<FieldError> errors) {
        if (value == null || value.abs().compareTo(MAX_MEASURE) > 0 || value.scale() > 2) {
            errors.add(new FieldError(field, "portfolio.error.measure"));
        }
    }

    private static Map<String, Object> bookingSnapshot(Booking b) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("kindCode", b.kindCode());
        s.put("person", b.person());
        s.put("from", b.from());
        s.put("to", b.to());
        s.put("hoursPerMonth", b.hoursPerMonth());
        return s;
    }

    private ItemView changed(PortfolioItem item, String action, Map<String, ?> before, Map<String, ?> after) {
        item.touch(clock.instant());
        audit.record(PortfolioItem.AUDIT_TYPE, item.id(), action, Changes.between(before, after));
        return detail(items.save(item));
    }

    private ItemView changed(PortfolioItem item, String action, Map<String, Object> before) {
        item.touch(clock.instant());
        audit.record(PortfolioItem.AUDIT_TYPE, item.id(), action, Changes.between(before, item.snapshot()));
        return detail(items.save(item));
    }

    private static void requireOpen(PortfolioItem item) {
        if (item.phase().isFinal()) {
            throw new ConflictException("portfolio.error.final");
        }
    }

    private PortfolioItem find(long id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("portfolio item " + id));
    }

    static PortfolioFilter parse(ItemFilter filter) {
        ItemFilter f = filter == null ? ItemFilter.none() : filter;
        List<FieldError> errors = new ArrayList<>();
        RagStatus status = blank(f.status()) ? null : parseEnum(RagStatus.class, f.status(), "status", errors);
        Phase phase = blank(f.phase()) ? null : parseEnum(Phase.class, f.phase(), "phase", errors);
        if (f.year() != null && (f.year() < PortfolioItem.FIRST_YEAR || f.year() > PortfolioItem.LAST_YEAR)) {
            errors.add(new FieldError("year", "portfolio.error.year"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PortfolioFilter(status, blank(f.serviceArea()) ? null : f.serviceArea().trim(), f.orgUnit(),
                f.year(), phase, f.updatedSince());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "portfolio.error." + field));
            return null;
        }
    }

    static PortfolioItemView view(ItemSummary s) {
        return new PortfolioItemView(s.id(), s.caseNumber(), s.title(), s.serviceAreaCode(), s.orgUnitId(),
                s.phase(), s.pilot(), s.enteredAt(), s.entryPath(), s.projectLead(), s.plannedStart(),
                s.plannedEnd(), s.currentStatus(), s.currentProgress(), s.updatedAt());
    }

    private static PortfolioItemView view(PortfolioItem i) {
        return new PortfolioItemView(i.id(), i.caseNumber().toString(), i.title(), i.serviceAreaCode(),
                i.orgUnitId(), i.phase(), i.pilot(), i.enteredAt(), i.entryPath(), i.projectLead(),
                i.plannedStart(), i.plannedEnd(), i.currentStatus(), i.currentProgress(), i.updatedAt());
    }

    private static ItemView detail(PortfolioItem i) {
        return new ItemView(view(i), new Origin(i.entryPath(), i.decisionMeetingId(), i.decisionAgendaItemId(),
                i.decisionConditions(), i.underlagId(), i.estimatedTotalHours()),
                i.budget().stream().map(b -> new BudgetLineView(b.year(), b.investment(), b.operation())).toList(),
                i.bookings().stream().map(b -> new BookingView(b.id(), b.kindCode(), b.person(), b.from(), b.to(),
                        b.hoursPerMonth())).toList(),
                i.statusReports().stream().map(r -> new StatusReportView(r.id(), r.reportedAt(), r.reportedBy(),
                        r.rag(), r.progress(), r.note(), r.nextSteps())).toList(),
                i.benefits().stream().map(b -> new BenefitView(b.id(), b.description(), b.stakeholder(), b.type(),
                        b.indicator(), b.baseline(), b.target(), b.owner(), b.nextFollowUp(),
                        b.measurements().stream().map(m -> new MeasurementView(m.id(), m.measuredOn(), m.measured(),
                                m.note(), m.recordedBy())).toList())).toList(),
                i.pilotDecision() == null ? null : new PilotEvaluationView(i.pilotLearned(), i.pilotDecision(),
                        i.pilotEvaluatedAt(), i.pilotEvaluatedBy()));
    }
}
