package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.portfolio.application.PortfolioCapacity;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.portfolio.application.Views.BenefitForm;
import se.digiportal.portfolio.application.Views.BenefitView;
import se.digiportal.portfolio.application.Views.BookingForm;
import se.digiportal.portfolio.application.Views.BudgetForm;
import se.digiportal.portfolio.application.Views.ItemView;
import se.digiportal.portfolio.application.Views.MeasurementForm;
import se.digiportal.portfolio.application.Views.PilotEvaluationForm;
import se.digiportal.portfolio.application.Views.ResourceKindView;
import se.digiportal.portfolio.application.Views.ResourcingForm;
import se.digiportal.portfolio.application.Views.StatusReportForm;
import se.digiportal.portfolio.application.Views.StatusReportView;
import se.digiportal.portfolio.domain.BenefitType;
import se.digiportal.portfolio.domain.Phase;
import se.digiportal.portfolio.domain.PilotDecision;
import se.digiportal.portfolio.domain.RagStatus;
import se.digiportal.web.faces.FacesMessages;
import se.digiportal.web.layout.CurrentUser;

/**
 * One portfolio item in tabs: overview with its case, decision and underlag; resourcing with budget and bookings;
 * status reports with their chart; benefits with measurements; the pilot's evaluation. The project office edits,
 * the beredningsgrupp and the council read. Text typed into a form stays there when it is refused.
 */
@Named
@ViewScoped
public class PortfolioItemPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient PortfolioItems portfolio;

    @Inject
    transient PortfolioCapacity capacity;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    @Inject
    CurrentUser currentUser;

    private long id;
    private ItemView item;
    private String orgUnitName;
    private List<ResourceKindView> kinds = List.of();
    private int activeTab;

    private final Resourcing resourcing = new Resourcing();
    private final Budget budget = new Budget();
    private final Booking booking = new Booking();
    private final Report report = new Report();
    private final Benefit benefit = new Benefit();
    private final Map<Long, Measure> measures = new HashMap<>();
    private final Evaluation evaluation = new Evaluation();

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = Long.parseLong(param == null ? "" : param);
            show(portfolio.item(id));
            kinds = capacity.kinds();
            long unit = item.item().orgUnitId();
            orgUnitName = organisation.orgUnits().stream().filter(u -> u.id() == unit).map(u -> u.name())
                    .findFirst().orElse(String.valueOf(unit));
        } catch (NumberFormatException | NotFoundException e) {
            item = null;
        }
    }

    private void show(ItemView shown) {
        item = shown;
        var i = shown.item();
        resourcing.projectLead = i.projectLead();
        resourcing.phase = i.phase().name();
        resourcing.plannedStart = i.plannedStart() == null ? null : i.plannedStart().toString();
        resourcing.plannedEnd = i.plannedEnd() == null ? null : i.plannedEnd().toString();
        shown.benefits().forEach(b -> measures.putIfAbsent(b.id(), new Measure()));
    }

    public void saveResourcing() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(resourcing.plannedStart, "plannedStart", errors);
        LocalDate end = date(resourcing.plannedEnd, "plannedEnd", errors);
        run("tabs:resourcingForm", errors, "portfolio.resourcingSaved", () -> portfolio.resource(id,
                new ResourcingForm(resourcing.projectLead, resourcing.phase, start, end)));
    }

    public void saveBudget() {
        List<FieldError> errors = new ArrayList<>();
        Integer year = integer(budget.year, "year", errors);
        Long investment = amount(budget.investment, "investment", errors);
        Long operation = amount(budget.operation, "operation", errors);
        if (run("tabs:budgetForm", errors, "portfolio.budgetSaved",
                () -> portfolio.budget(id, new BudgetForm(year, investment, operation)))) {
            budget.clear();
        }
    }

    public void removeBudget(int year) {
        run("tabs:budgetForm", List.of(), "portfolio.budgetRemoved", () -> portfolio.removeBudget(id, year));
    }

    public void book() {
        List<FieldError> errors = new ArrayList<>();
        YearMonth from = month(booking.from, "from", errors);
        YearMonth to = month(booking.to, "to", errors);
        Integer hours = integer(booking.hoursPerMonth, "hoursPerMonth", errors);
        if (run("tabs:bookingForm", errors, "portfolio.booked",
                () -> portfolio.book(id, new BookingForm(booking.kindCode, booking.person, from, to, hours)))) {
            booking.clear();
        }
    }

    public void cancelBooking(long bookingId) {
        run("tabs:bookingForm", List.of(), "portfolio.bookingCancelled", () -> portfolio.cancelBooking(id, bookingId));
    }

    public void fileReport() {
        List<FieldError> errors = new ArrayList<>();
        Integer progress = integer(report.progress, "progress", errors);
        if (run("tabs:statusForm", errors, "portfolio.reported", () -> portfolio.report(id,
                new StatusReportForm(report.status, progress, report.note, report.nextSteps)))) {
            report.clear();
        }
    }

    public void addBenefit() {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal baseline = decimal(benefit.baseline, "baseline", errors);
        BigDecimal target = decimal(benefit.target, "target", errors);
        LocalDate next = date(benefit.nextFollowUp, "nextFollowUp", errors);
        if (run("tabs:benefitForm", errors, "portfolio.benefitAdded", () -> portfolio.addBenefit(id, new BenefitForm(
                benefit.description, benefit.stakeholder, benefit.type, benefit.indicator, baseline, target,
                benefit.owner, next)))) {
            benefit.clear();
        }
    }

    public void measure(BenefitView b, int row) {
        Measure m = measures.computeIfAbsent(b.id(), k -> new Measure());
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date(m.measuredOn, "measuredOn", errors);
        BigDecimal value = decimal(m.value, "value", errors);
        LocalDate next = date(m.nextFollowUp, "nextFollowUp", errors);
        if (run("tabs:benefitList:" + row + ":measureForm", errors, "portfolio.measured",
                () -> portfolio.measure(id, b.id(), new MeasurementForm(on, value, m.note, next)))) {
            measures.put(b.id(), new Measure());
        }
    }

    public void evaluatePilot() {
        run("tabs:pilotForm", List.of(), "portfolio.pilotEvaluated",
                () -> portfolio.evaluatePilot(id, new PilotEvaluationForm(evaluation.learned, evaluation.decision)));
    }

    /** Calls the service unless the form's own parsing failed; field errors go to their fields. */
    private boolean run(String formId, List<FieldError> parseErrors, String doneKey, Supplier<ItemView> call) {
        try {
            if (!parseErrors.isEmpty()) {
                throw new InvalidInputException(parseErrors);
            }
            show(call.get());
            messages.info(doneKey);
            return true;
        } catch (InvalidInputException e) {
            messages.fieldErrors(formId, e);
        } catch (ConflictException e) {
            messages.conflict(e);
        } catch (NotFoundException e) {
            messages.error("portfolio.notFound");
        }
        return false;
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "portfolio.error.date"));
            return null;
        }
    }

    private static YearMonth month(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "portfolio.error.month"));
            return null;
        }
    }

    private static Integer integer(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "portfolio.error.number"));
            return null;
        }
    }

    private static Long amount(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "portfolio.error.amount"));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // Swedish writes a decimal comma.
            return new BigDecimal(text.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "portfolio.error.measure"));
            return null;
        }
    }

    /** The status history as a Chart.js line: progress over time, each point coloured by its traffic light. */
    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (StatusReportView r : item.statusReports()) {
            labels.add(DAY.format(r.reportedAt()));
            values.add(r.progress());
            colours.add(switch (r.status()) {
                case GREEN -> "#1b7a3a";
                case AMBER -> "#b35c00";
                case RED -> "#b3261e";
            });
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("portfolio.col.progress"))
                                .add("data", values).add("borderColor", "#1f4e79")
                                .add("pointBackgroundColor", colours).add("pointRadius", 6).add("fill", false))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    public boolean isEditor() {
        return currentUser.has(Role.PROJECT_OFFICE);
    }

    public boolean isOpen() {
        return item != null && !item.item().phase().isFinal();
    }

    public Phase[] getPhases() { return Phase.values(); }
    public RagStatus[] getStatuses() { return RagStatus.values(); }
    public BenefitType[] getBenefitTypes() { return BenefitType.values(); }
    public PilotDecision[] getPilotDecisions() { return PilotDecision.values(); }
    public List<ResourceKindView> getKinds() { return kinds; }

    public String kindName(String code) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return kinds.stream().filter(k -> k.code().equals(code)).map(k -> english ? k.nameEn() : k.nameSv())
                .findFirst().orElse(code);
    }

    public long getId() { return id; }
    public ItemView getItem() { return item; }
    public String getOrgUnitName() { return orgUnitName; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public Resourcing getResourcing() { return resourcing; }
    public Budget getBudget() { return budget; }
    public Booking getBooking() { return booking; }
    public Report getReport() { return report; }
    public Benefit getBenefit() { return benefit; }
    public Map<Long, Measure> getMeasures() { return measures; }
    public Evaluation getEvaluation() { return evaluation; }

    public static class Resourcing implements Serializable {
        private static final long serialVersionUID = 1L;
        private String projectLead;
        private String phase;
        private String plannedStart;
        private String plannedEnd;
        public String getProjectLead() { return projectLead; }
        public void setProjectLead(String v) { projectLead = v; }
        public String getPhase() { return phase; }
        public void setPhase(String v) { phase = v; }
        public String getPlannedStart() { return plannedStart; }
        public void setPlannedStart(String v) { plannedStart = v; }
        public String getPlannedEnd() { return plannedEnd; }
        public void setPlannedEnd(String v) { plannedEnd = v; }
    }

    public static class Budget implements Serializable {
        private static final long serialVersionUID = 1L;
        private String year;
        private String investment;
        private String operation;
        void clear() { year = null; investment = null; operation = null; }
        public String getYear() { return year; }
        public void setYear(String v) { year = v; }
        public String getInvestment() { return investment; }
        public void setInvestment(String v) { investment = v; }
        public String getOperation() { return operation; }
        public void setOperation(String v) { operation = v; }
    }

    public static class Booking implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kindCode;
        private String person;
        private String from;
        private String to;
        private String hoursPerMonth;
        void clear() { kindCode = null; person = null; from = null; to = null; hoursPerMonth = null; }
        public String getKindCode() { return kindCode; }
        public void setKindCode(String v) { kindCode = v; }
        public String getPerson() { return person; }
        public void setPerson(String v) { person = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = v; }
        public String getTo() { return to; }
        public void setTo(String v) { to = v; }
        public String getHoursPerMonth() { return hoursPerMonth; }
        public void setHoursPerMonth(String v) { hoursPerMonth = v; }
    }

    public static class Report implements Serializable {
        private static final long serialVersionUID = 1L;
        private String status;
        private String progress;
        private String note;
        private String nextSteps;
        void clear() { status = null; progress = null; note = null; nextSteps = null; }
        public String getStatus() { return status; }
        public void setStatus(String v) { status = v; }
        public String getProgress() { return progress; }
        public void setProgress(String v) { progress = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getNextSteps() { return nextSteps; }
        public void setNextSteps(String v) { nextSteps = v; }
    }

    public static class Benefit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String stakeholder;
        private String type;
        private String indicator;
        private String baseline;
        private String target;
        private String owner;
        private String nextFollowUp;
        void clear() {
            description = null; stakeholder = null; type = null; indicator = null; baseline = null; target = null;
            owner = null; nextFollowUp = null;
        }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getStakeholder() { return stakeholder; }
        public void setStakeholder(String v) { stakeholder = v; }
        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getIndicator() { return indicator; }
        public void setIndicator(String v) { indicator = v; }
        public String getBaseline() { return baseline; }
        public void setBaseline(String v) { baseline = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public String getNextFollowUp() { return nextFollowUp; }
        public void setNextFollowUp(String v) { nextFollowUp = v; }
    }

    public static class Measure implements Serializable {
        private static final long serialVersionUID = 1L;
        private String measuredOn;
        private String value;
        private String note;
        private String nextFollowUp;
        public String getMeasuredOn() { return measuredOn; }
        public void setMeasuredOn(String v) { measuredOn = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getNextFollowUp() { return nextFollowUp; }
        public void setNextFollowUp(String v) { nextFollowUp = v; }
    }

    public static class Evaluation implements Serializable {
        private static final long serialVersionUID = 1L;
        private String learned;
        private String decision;
        public String getLearned() { return learned; }
        public void setLearned(String v) { learned = v; }
        public String getDecision() { return decision; }
        public void setDecision(String v) { decision = v; }
    }
}
