package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.beredning.api.CaseAssessed;
import se.digiportal.beredning.api.CaseAssigned;
import se.digiportal.beredning.api.CaseQualityAssured;
import se.digiportal.beredning.api.CaseResumed;
import se.digiportal.beredning.api.CompletionRequested;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.beredning.api.RecommendationsGiven;
import se.digiportal.beredning.application.Views.CaseView;
import se.digiportal.beredning.application.Views.ChecklistLine;
import se.digiportal.beredning.application.Views.CompletionView;
import se.digiportal.beredning.application.Views.QueueFilter;
import se.digiportal.beredning.application.Views.QueuePage;
import se.digiportal.beredning.application.Views.QueueRow;
import se.digiportal.beredning.application.Views.RecommendationForm;
import se.digiportal.beredning.application.Views.RecommendationView;
import se.digiportal.beredning.application.Views.SavedFilterView;
import se.digiportal.beredning.domain.Assessment;
import se.digiportal.beredning.domain.ChecklistAnswer;
import se.digiportal.beredning.domain.ChecklistItem;
import se.digiportal.beredning.domain.ChecklistRepository;
import se.digiportal.beredning.domain.CompletionRequest;
import se.digiportal.beredning.domain.CompletionRequestRepository;
import se.digiportal.beredning.domain.HandlingTarget;
import se.digiportal.beredning.domain.HandlingTargetRepository;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.QueueQuery;
import se.digiportal.beredning.domain.Recommendation;
import se.digiportal.beredning.domain.RecommendationRepository;
import se.digiportal.beredning.domain.SavedFilter;
import se.digiportal.beredning.domain.SavedFilterRepository;
import se.digiportal.beredning.domain.ReferralAdvisor;
import se.digiportal.beredning.domain.Routing;
import se.digiportal.beredning.domain.Verdict;
import se.digiportal.beredning.domain.WorkingDays;
import se.digiportal.intake.api.CaseCorrespondence;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.SettingKey;

/**
 * The beredningsgrupp's work on a case: the queue, assignment, the quality-assurance checklist, completion
 * requests, the initial assessment, recommendations, the routing decision and quality assurance. Every change is
 * audited and, where the submitter follows it, published as a case event for the timeline.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class PreparationCases {

    static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");

    /** An export is a working list, not a data dump. */
    public static final int EXPORT_MAX = 10_000;

    @Inject
    PreparationCaseRepository cases;

    @Inject
    ChecklistRepository checklist;

    @Inject
    CompletionRequestRepository completions;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    HandlingTargetRepository targets;

    @Inject
    SavedFilterRepository savedFilters;

    @Inject
    CaseCorrespondence correspondence;

    @Inject
    Directory directory;

    @Inject
    CurrentUserService currentUser;

    @Inject
    SettingsService settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CaseAssigned> assigned;

    @Inject
    Event<CompletionRequested> completionRequested;

    @Inject
    Event<CaseResumed> resumed;

    @Inject
    Event<CaseAssessed> assessed;

    @Inject
    Event<RecommendationsGiven> recommended;

    @Inject
    Event<CaseQualityAssured> qualityAssured;

    public QueuePage queue(QueueFilter filter) {
        QueueQuery query = query(filter);
        int items = checklist.activeItems().size();
        Map<PreparationStatus, HandlingTarget> byStatus = targetsByStatus();
        LocalDate today = today();
        List<QueueRow> rows = cases.queue(query).stream().map(c -> row(c, items, byStatus, today)).toList();
        return new QueuePage(rows, cases.count(query));
    }

    /** Every row the filter matches, in the filter's order, for an export (at most {@value #EXPORT_MAX} rows). */
    public List<QueueRow> export(QueueFilter filter) {
        List<QueueRow> all = new ArrayList<>();
        int first = 0;
        while (all.size() < EXPORT_MAX) {
            QueuePage page = queue(new QueueFilter(filter.statuses(), filter.forvaltningId(), filter.serviceAreaCode(),
                    filter.criteriaMet(), filter.assignee(), filter.olderThanDays(), filter.text(), filter.sortField(),
                    filter.ascending(), first, 1000));
            all.addAll(page.rows());
            first += 1000;
            if (first >= page.total()) {
                break;
            }
        }
        return all.size() > EXPORT_MAX ? all.subList(0, EXPORT_MAX) : all;
    }

    /** The caller's own saved filters, by name. */
    public List<SavedFilterView> savedFilters() {
        return savedFilters.findByOwner(currentUser.username()).stream().map(PreparationCases::view).toList();
    }

    /** Saves the filter under a name, replacing the caller's filter of that name. */
    public SavedFilterView saveFilter(String name, QueueFilter filter) {
        query(filter);
        String me = currentUser.username();
        SavedFilter saved;
        try {
            saved = new SavedFilter(me, name, filter.statuses() == null ? List.of() : List.copyOf(filter.statuses()),
                    filter.forvaltningId(), emptyToNull(filter.serviceAreaCode()), filter.criteriaMet(),
                    filter.assignee(), filter.olderThanDays(), emptyToNull(filter.text()));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(blank(name) || name.trim().length() > SavedFilter.NAME_MAX_LENGTH
                    ? "filterName" : "text", blank(name) || name.trim().length() > SavedFilter.NAME_MAX_LENGTH
                    ? "beredning.error.filterName" : "beredning.error.filterText");
        }
        savedFilters.findByName(me, saved.name()).ifPresent(old -> {
            savedFilters.delete(old);
            savedFilters.flush();
        });
        return view(savedFilters.save(saved));
    }

    public void deleteFilter(long id) {
        savedFilters.find(currentUser.username(), id).ifPresent(savedFilters::delete);
    }

    private static SavedFilterView view(SavedFilter f) {
        return new SavedFilterView(f.id(), f.name(), new QueueFilter(new java.util.LinkedHashSet<>(f.statuses()),
                f.forvaltningId(), f.serviceAreaCode(), f.criteriaMet(), f.assignee(), f.olderThanDays(), f.text(),
                null, true, 0, 25));
    }

    /** Every status a case can have in beredning, in the order of the process. */
    public List<String> statuses() {
        return java.util.Arrays.stream(PreparationStatus.values()).map(Enum::name).toList();
    }

    /** The statuses the group still works on: the queue's default filter. */
    public List<String> openStatuses() {
        return PreparationStatus.OPEN.stream().map(Enum::name).toList();
    }

    /** The beredare who may be assigned a case. */
    public List<Person> preparers() {
        return directory.withRole(Role.PREPARER);
    }

    public CaseView workbench(String caseNumber) {
        PreparationCase c = find(caseNumber);
        Map<String, ChecklistAnswer> answers = checklist.answers(c.id()).stream()
                .collect(Collectors.toMap(ChecklistAnswer::itemCode, Function.identity()));
        List<ChecklistLine> lines = checklist.activeItems().stream().map(i -> {
            ChecklistAnswer a = answers.get(i.code());
            return new ChecklistLine(i.code(), i.label(), i.guidance(), a == null ? null : a.verdict().name(),
                    a == null ? null : a.comment(), a == null ? null : a.answeredBy(),
                    a == null ? null : a.answeredAt());
        }).toList();
        List<CompletionView> requests = completions.findByCase(c.id()).stream().map(PreparationCases::view).toList();
        List<RecommendationView> given = recommendations.findByCase(c.id()).stream()
                .map(r -> new RecommendationView(r.id(), r.topic(), r.text(), r.givenBy(), r.givenAt())).toList();
        ReferralAdvisor advisor = advisor();
        return new CaseView(c.id(), c.caseNumber(), c.initiativeId(), c.title(), c.status().name(),
                c.status().isOpen(), c.statusSince(),
                c.serviceAreaCode(), c.orgUnitId(), c.forvaltningId(), c.submittedBy(), c.contactName(),
                c.contactEmail(), c.responsibleDirector(), c.estimatedTotalHours(), c.affectedOrgUnits(),
                c.procurement(), c.pilot(), c.criteria(), c.submittedAt(), c.submissionVersion(), c.assignee(),
                c.assigneeName(), name(c.assessment()), c.assessmentMotivation(), name(c.routing()),
                c.routingMotivation(), name(c.consultationMode()), overdue(c, targetsByStatus(), today()), lines,
                requests, given, advisor.reasons(c).stream().map(Enum::name).collect(Collectors.toCollection(
                        java.util.LinkedHashSet::new)), advisor.suggestion(c).name(),
                c.councilReturnNote() == null ? null
                        : new Views.CouncilReturnView(c.councilReturnNote(), c.councilReturnRef(), c.councilReturnedAt()));
    }

    /** Takes the case oneself: the one-click self-assignment. */
    public CaseView assignToMe(String caseNumber) {
        return assign(caseNumber, currentUser.username());
    }

    public CaseView assign(String caseNumber, String username) {
        PreparationCase c = find(caseNumber);
        Person person = username == null ? null : preparers().stream()
                .filter(p -> p.username().equals(username)).findFirst().orElse(null);
        if (person == null) {
            throw InvalidInputException.of("assignee", "beredning.error.assignee");
        }
        Map<String, Object> before = snapshot(c);
        guard(() -> c.assign(person.username(), person.fullName(), now()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_ASSIGNED", Changes.between(before, snapshot(c)));
        assigned.fire(new CaseAssigned(c.caseNumber(), person.username(), person.fullName(), currentUser.username(),
                now()));
        return workbench(caseNumber);
    }

    public CaseView answerChecklist(String caseNumber, String itemCode, String verdict, String comment) {
        PreparationCase c = find(caseNumber);
        requireOpen(c);
        List<ChecklistItem> items = checklist.activeItems();
        if (items.stream().noneMatch(i -> i.code().equals(itemCode))) {
            throw InvalidInputException.of("item", "beredning.error.checklistItem");
        }
        Verdict v = parse(Verdict.class, verdict, "verdict", "beredning.error.verdict");
        ChecklistAnswer answer = checklist.answer(c.id(), itemCode).orElseGet(() -> new ChecklistAnswer(c.id(), itemCode));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("item", itemCode);
        before.put("verdict", answer.verdict());
        before.put("comment", answer.comment());
        try {
            answer.answer(v, comment, currentUser.username(), now());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("comment", v == Verdict.NOT_OK ? "beredning.error.commentRequired"
                    : "beredning.error.commentTooLong");
        }
        checklist.save(answer);
        c.checklistAnswered((int) checklist.answers(c.id()).stream()
                .filter(a -> items.stream().anyMatch(i -> i.code().equals(a.itemCode()))).count(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("item", itemCode);
        after.put("verdict", answer.verdict());
        after.put("comment", answer.comment());
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CHECKLIST_ANSWERED", Changes.between(before, after));
        return workbench(caseNumber);
    }

    /**
     * Asks the contact person to complete the case; without a deadline it is the configured number of working
     * days from today. The follow-up job reminds once and then parks (see {@link FollowUp}).
     */
    public CaseView requestCompletion(String caseNumber, String whatToComplete, LocalDate deadline) {
        PreparationCase c = find(caseNumber);
        if (completions.findPending(c.id()).isPresent()) {
            throw new ConflictException("beredning.error.completionPending");
        }
        LocalDate today = today();
        LocalDate due = deadline != null ? deadline
                : WorkingDays.add(today, settings.intValue(SettingKey.REMINDER_DELAY_WORKING_DAYS));
        CompletionRequest request;
        try {
            request = new CompletionRequest(c.id(), whatToComplete, due, currentUser.username(), today, now());
        } catch (IllegalArgumentException e) {
            throw whatToComplete == null || whatToComplete.isBlank() || whatToComplete.length() > 4000
                    ? InvalidInputException.of("whatToComplete", "beredning.error.whatToComplete")
                    : InvalidInputException.of("deadline", "beredning.error.deadline");
        }
        Map<String, Object> before = snapshot(c);
        guard(() -> c.awaitCompletion(now()));
        completions.save(request);
        Map<String, Object> after = snapshot(c);
        after.put("whatToComplete", request.whatToComplete());
        after.put("deadline", request.deadline());
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "COMPLETION_REQUESTED", Changes.between(before, after));
        correspondence.requestCompletion(c.caseNumber(), request.whatToComplete(), request.deadline());
        completionRequested.fire(new CompletionRequested(c.caseNumber(), request.whatToComplete(), request.deadline(),
                currentUser.username(), now()));
        return workbench(caseNumber);
    }

    /** Wakes a parked case; its unanswered request is closed. */
    public CaseView resume(String caseNumber) {
        PreparationCase c = find(caseNumber);
        Map<String, Object> before = snapshot(c);
        guard(() -> c.resume(now()));
        completions.findPending(c.id()).ifPresent(r -> r.cancel(now()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_RESUMED", Changes.between(before, snapshot(c)));
        resumed.fire(new CaseResumed(c.caseNumber(), currentUser.username(), now()));
        return workbench(caseNumber);
    }

    /** Step 1 of the prioritization; a rejection tells the submitter why. */
    public CaseView assess(String caseNumber, String outcome, String motivation) {
        PreparationCase c = find(caseNumber);
        Assessment a = parse(Assessment.class, outcome, "outcome", "beredning.error.outcome");
        requireMotivation(motivation);
        Map<String, Object> before = snapshot(c);
        guard(() -> c.assess(a, motivation, now()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_ASSESSED", Changes.between(before, snapshot(c)));
        assessed.fire(new CaseAssessed(c.caseNumber(), label(a), c.assessmentMotivation(), now()));
        if (a == Assessment.REJECTED) {
            correspondence.send(c.caseNumber(), "Ditt initiativ " + c.caseNumber() + " går inte vidare",
                    "Beredningsgruppen har bedömt initiativet och det går inte vidare.\n\nMotivering: "
                            + c.assessmentMotivation());
        }
        return workbench(caseNumber);
    }

    /** Sends structured recommendations to the initiating verksamhet as one message. */
    public CaseView recommend(String caseNumber, List<RecommendationForm> forms) {
        PreparationCase c = find(caseNumber);
        requireOpen(c);
        List<RecommendationForm> given = forms == null ? List.of() : forms.stream()
                .filter(f -> f != null && !(blank(f.topic()) && blank(f.text()))).toList();
        if (given.isEmpty()) {
            throw InvalidInputException.of("recommendations", "beredning.error.recommendationsEmpty");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RecommendationForm f = given.get(i);
            if (blank(f.topic()) || f.topic().trim().length() > Recommendation.TOPIC_MAX_LENGTH) {
                errors.add(new InvalidInputException.FieldError("recommendations[" + i + "].topic",
                        "beredning.error.recommendationTopic"));
            }
            if (blank(f.text()) || f.text().trim().length() > Recommendation.TEXT_MAX_LENGTH) {
                errors.add(new InvalidInputException.FieldError("recommendations[" + i + "].text",
                        "beredning.error.recommendationText"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant at = now();
        List<Recommendation> saved = given.stream().map(f -> recommendations.save(
                new Recommendation(c.id(), f.topic(), f.text(), currentUser.username(), at))).toList();
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "RECOMMENDATIONS_GIVEN", Changes.between(Map.of(),
                Map.of("recommendations", saved.stream().map(r -> r.topic() + ": " + r.text())
                        .collect(Collectors.joining(" | ")))));
        correspondence.send(c.caseNumber(), "Rekommendationer från beredningsgruppen",
                saved.stream().map(r -> r.topic() + "\n" + r.text()).collect(Collectors.joining("\n\n")));
        recommended.fire(new RecommendationsGiven(c.caseNumber(), saved.stream()
                .map(r -> new RecommendationsGiven.Recommendation(r.topic(), r.text())).toList(),
                currentUser.username(), at));
        return workbench(caseNumber);
    }

    /** The routing decision with its motivation; samråd needs its form. */
    public CaseView route(String caseNumber, String routing, String motivation, String consultationMode) {
        PreparationCase c = find(caseNumber);
        Routing r = parse(Routing.class, routing, "routing", "beredning.error.routing");
        requireMotivation(motivation);
        ConsultationMode mode = r == Routing.CONSULTATION
                ? parse(ConsultationMode.class, consultationMode, "consultationMode", "beredning.error.consultationMode")
                : null;
        Map<String, Object> before = snapshot(c);
        guard(() -> c.route(r, motivation, mode, now()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_ROUTED", Changes.between(before, snapshot(c)));
        return workbench(caseNumber);
    }

    /** Ends the beredning on the recommendations-only path; the portfolio takes the case in. */
    public CaseView qualityAssure(String caseNumber) {
        PreparationCase c = find(caseNumber);
        Map<String, Object> before = snapshot(c);
        if (c.routing() != Routing.RECOMMENDATIONS_ONLY) {
            throw new ConflictException("beredning.error.notRecommendationsOnly");
        }
        if (c.checklistAnswered() < checklist.activeItems().size()) {
            throw new ConflictException("beredning.error.checklistIncomplete");
        }
        guard(() -> c.qualityAssure(checklist.activeItems().size(), now()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_QUALITY_ASSURED", Changes.between(before, snapshot(c)));
        qualityAssured.fire(new CaseQualityAssured(c.caseNumber(), c.title(), c.serviceAreaCode(), c.orgUnitId(),
                c.estimatedTotalHours(), c.pilot(), currentUser.username(), now()));
        return workbench(caseNumber);
    }

    private QueueQuery query(QueueFilter f) {
        Set<PreparationStatus> statuses = EnumSet.noneOf(PreparationStatus.class);
        if (f.statuses() != null) {
            for (String s : f.statuses()) {
                statuses.add(parse(PreparationStatus.class, s, "status", "beredning.error.status"));
            }
        }
        QueueQuery.SortField sort = f.sortField() == null || f.sortField().isBlank() ? null
                : parse(QueueQuery.SortField.class, f.sortField(), "sort", "beredning.error.sort");
        if (f.olderThanDays() != null && f.olderThanDays() < 0) {
            throw InvalidInputException.of("olderThanDays", "beredning.error.olderThanDays");
        }
        if (f.first() < 0 || f.pageSize() < 1 || f.pageSize() > 1000) {
            throw InvalidInputException.of("size", "beredning.error.pageSize");
        }
        Instant before = f.olderThanDays() == null ? null
                : today().minusDays(f.olderThanDays()).atStartOfDay(MUNICIPALITY).toInstant();
        return new QueueQuery(statuses, f.forvaltningId(), emptyToNull(f.serviceAreaCode()), f.criteriaMet(),
                f.assignee() == null ? null : f.assignee().trim(), before, f.text(), sort,
                f.ascending(), f.first(), f.pageSize());
    }

    private QueueRow row(PreparationCase c, int items, Map<PreparationStatus, HandlingTarget> byStatus, LocalDate today) {
        return new QueueRow(c.caseNumber(), c.title(), c.status().name(), c.serviceAreaCode(), c.forvaltningId(),
                c.contactName(), c.submittedAt(), c.statusSince(), c.assignee(), c.assigneeName(), c.criteria(),
                c.checklistAnswered(), items, overdue(c, byStatus, today), name(c.assessment()), name(c.routing()));
    }

    private static boolean overdue(PreparationCase c, Map<PreparationStatus, HandlingTarget> byStatus, LocalDate today) {
        HandlingTarget target = byStatus.get(c.status());
        return target != null && target.overdue(c.statusSince().atZone(MUNICIPALITY).toLocalDate(), today);
    }

    private Map<PreparationStatus, HandlingTarget> targetsByStatus() {
        Map<PreparationStatus, HandlingTarget> map = new EnumMap<>(PreparationStatus.class);
        targets.findAll().forEach(t -> map.put(t.status(), t));
        return map;
    }

    private ReferralAdvisor advisor() {
        return new ReferralAdvisor(settings.intValue(SettingKey.REFERRAL_SIZE_HOURS));
    }

    private PreparationCase find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case " + caseNumber));
    }

    private static void requireOpen(PreparationCase c) {
        if (!c.status().isOpen()) {
            throw new ConflictException("beredning.error.closed");
        }
    }

    private static void requireMotivation(String motivation) {
        if (blank(motivation) || motivation.trim().length() > PreparationCase.MOTIVATION_MAX_LENGTH) {
            throw InvalidInputException.of("motivation", "beredning.error.motivation");
        }
    }

    /** A state-machine refusal is a conflict with the case's current state, not bad input. */
    private static void guard(Runnable transition) {
        try {
            transition.run();
        } catch (IllegalStateException e) {
            throw new ConflictException("beredning.error.wrongStatus");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, key);
        }
    }

    private static String label(Assessment a) {
        return switch (a) {
            case INCLUDE -> "Går vidare till prioritering";
            case NEEDS_COMPLETION -> "Behöver kompletteras";
            case REJECTED -> "Går inte vidare";
        };
    }

    static CompletionView view(CompletionRequest r) {
        return new CompletionView(r.id(), r.whatToComplete(), r.deadline(), r.state().name(), r.requestedAt(),
                r.requestedBy(), r.remindedAt(), r.reminderDeadline(), r.parkedAt(), r.closedAt());
    }

    private static Map<String, Object> snapshot(PreparationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", c.status());
        m.put("assignee", c.assignee());
        m.put("assessment", c.assessment());
        m.put("assessmentMotivation", c.assessmentMotivation());
        m.put("routing", c.routing());
        m.put("routingMotivation", c.routingMotivation());
        m.put("consultationMode", c.consultationMode());
        return m;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MUNICIPALITY);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
