package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.beredning.api.PreparationOverview;
import se.digiportal.beredning.api.PreparationOverview.AreaProposal;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.portfolio.application.PrioritizationForm.CandidateForm;
import se.digiportal.portfolio.application.PriorityViews.CandidateView;
import se.digiportal.portfolio.application.PriorityViews.ComparisonRowView;
import se.digiportal.portfolio.application.PriorityViews.ComparisonView;
import se.digiportal.portfolio.application.PriorityViews.CriterionView;
import se.digiportal.portfolio.application.PriorityViews.FrontierPointView;
import se.digiportal.portfolio.application.PriorityViews.PrioritizationView;
import se.digiportal.portfolio.application.PriorityViews.ScenarioLineView;
import se.digiportal.portfolio.application.PriorityViews.ScenarioView;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.priority.Assessment;
import se.digiportal.portfolio.domain.priority.BudgetSelection;
import se.digiportal.portfolio.domain.priority.BudgetSelection.Candidate;
import se.digiportal.portfolio.domain.priority.BudgetSelection.Result;
import se.digiportal.portfolio.domain.priority.Criterion;
import se.digiportal.portfolio.domain.priority.Direction;
import se.digiportal.portfolio.domain.priority.Forcing;
import se.digiportal.portfolio.domain.priority.PriorityRepository;
import se.digiportal.portfolio.domain.priority.PriorityYear;
import se.digiportal.portfolio.domain.priority.Scenario;
import se.digiportal.portfolio.domain.priority.ScenarioComparison;

/**
 * The yearly prioritization (seed 002, 003): the service areas' ranked proposals and the open portfolio items are
 * combined into one candidate list for a budget year, scored on weighted criteria, and the exact budget-constrained
 * selection suggests what fits. The project office saves scenarios, compares them and freezes one as the year's
 * portfolio decision, which the council may read. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.PROJECT_OFFICE)
public class Priorities {

    static final String YEAR_AUDIT = "PriorityYear";
    static final String CRITERION_AUDIT = "PriorityCriterion";
    static final String ASSESSMENT_AUDIT = "PriorityAssessment";

    @Inject
    PriorityRepository priorities;

    @Inject
    PortfolioItemRepository items;

    @Inject
    PreparationOverview preparation;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUserService currentUser;

    @Inject
    Clock clock;

    public PrioritizationView workspace(int year) {
        requirePlausible(year);
        PriorityYear y = priorities.year(year).orElseGet(() -> new PriorityYear(year));
        List<Criterion> criteria = priorities.criteria();
        List<Row> rows = candidates(year, criteria);
        Result result = null;
        String error = null;
        try {
            result = select(rows, y.budget());
        } catch (InvalidInputException e) {
            error = e.errors().get(0).messageKey();
        }
        Set<String> chosen = result == null ? Set.of() : new HashSet<>(result.selected());
        List<CandidateView> candidates = rows.stream().map(r -> new CandidateView(r.caseNumber, r.title, r.area,
                r.rank, r.rankingFrozen, r.inPortfolio, r.assessment.cost(), r.assessment.scores(),
                r.assessment.forcing(), r.value, chosen.contains(r.caseNumber))).toList();
        return new PrioritizationView(year, y.budget(), y.frozen(), y.frozenScenarioId(), y.frozenBy(), y.frozenAt(),
                criteria.stream().map(Priorities::view).toList(), candidates,
                result == null ? 0 : result.cost(), result == null ? 0 : result.value(),
                result == null ? List.of() : result.frontier().stream()
                        .map(p -> new FrontierPointView(p.cost(), p.value())).toList(), error);
    }

    /** The form a workspace starts from: today's budget, weights and assessments. */
    public PrioritizationForm form(int year) {
        PrioritizationView w = workspace(year);
        PrioritizationForm form = new PrioritizationForm();
        form.setBudget(w.budget());
        w.criteria().forEach(c -> form.getWeights().put(c.code(), c.weight()));
        w.candidates().forEach(c -> form.getCandidates().add(
                new CandidateForm(c.caseNumber(), c.cost(), c.forcing(), c.scores())));
        return form;
    }

    /**
     * Saves budget, weights and assessments in one go; a bad field (named {@code budget}, {@code weights:i:weight}
     * or {@code candidates:i:cost}, i counting from 0 in the workspace's order) rolls all of it back.
     */
    public PrioritizationView save(int year, PrioritizationForm form) {
        requirePlausible(year);
        PriorityYear y = priorities.year(year).orElseGet(() -> new PriorityYear(year));
        y.requireOpen();
        if (form.getBudget() == null) {
            throw InvalidInputException.of("budget", BudgetSelection.BUDGET_KEY);
        }
        long budgetBefore = y.budget();
        y.budget(form.getBudget());
        y = priorities.save(y);
        if (budgetBefore != y.budget()) {
            audit.record(YEAR_AUDIT, year, "PRIORITY_BUDGET_SET", Changes.of("budget", budgetBefore, y.budget()));
        }

        List<Criterion> criteria = priorities.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Integer weight = form.getWeights().get(c.code());
            if (weight == null) {
                throw InvalidInputException.of("weights:" + i + ":weight", "priorities.error.weight");
            }
            if (weight == c.weight()) {
                continue;
            }
            int before = c.weight();
            try {
                c.reweight(weight);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("weights:" + i + ":weight", e.errors().get(0).messageKey());
            }
            priorities.save(c);
            audit.record(CRITERION_AUDIT, c.code(), "PRIORITY_WEIGHT_CHANGED", Changes.of("weight", before, weight));
        }

        Set<String> known = candidates(year, criteria).stream().map(r -> r.caseNumber)
                .collect(Collectors.toSet());
        Map<String, Assessment> existing = priorities.assessments(year).stream()
                .collect(Collectors.toMap(Assessment::caseNumber, Function.identity()));
        Set<String> codes = criteria.stream().map(Criterion::code).collect(Collectors.toSet());
        for (int i = 0; i < form.getCandidates().size(); i++) {
            CandidateForm f = form.getCandidates().get(i);
            if (!known.contains(f.getCaseNumber())) {
                throw InvalidInputException.of("candidates:" + i + ":caseNumber", "priorities.error.unknownCandidate");
            }
            if (f.getCost() == null) {
                throw InvalidInputException.of("candidates:" + i + ":cost", "priorities.error.cost");
            }
            if (!codes.containsAll(f.getScores().keySet())) {
                throw InvalidInputException.of("candidates:" + i + ":caseNumber", "priorities.error.score");
            }
            Assessment a = existing.getOrDefault(f.getCaseNumber(), new Assessment(year, f.getCaseNumber()));
            Map<String, Object> before = snapshot(a);
            try {
                a.assess(f.getCost(), f.getScores(), f.getForcing() == null ? Forcing.NONE : f.getForcing());
            } catch (InvalidInputException e) {
                String field = e.errors().get(0).field().equals("cost") ? "cost" : "caseNumber";
                throw InvalidInputException.of("candidates:" + i + ":" + field, e.errors().get(0).messageKey());
            }
            Map<String, Object> after = snapshot(a);
            if (a.id() == null || !before.equals(after)) {
                a = priorities.save(a);
                audit.record(ASSESSMENT_AUDIT, year + "/" + a.caseNumber(), "PRIORITY_ASSESSED",
                        Changes.between(before, after));
            }
        }
        return workspace(year);
    }

    /** A new criterion at the end of the list; its code is made from its position. */
    public CriterionView addCriterion(String name, Direction direction, Integer weight) {
        if (direction == null) {
            throw InvalidInputException.of("direction", "priorities.error.direction");
        }
        if (weight == null) {
            throw InvalidInputException.of("weight", "priorities.error.weight");
        }
        List<Criterion> all = priorities.criteria();
        Set<String> codes = all.stream().map(Criterion::code).collect(Collectors.toSet());
        int position = all.stream().mapToInt(Criterion::position).max().orElse(0) + 1;
        String code = "CRITERION_" + position;
        while (codes.contains(code)) {
            code = code + "_";
        }
        Criterion c = priorities.save(new Criterion(code, name, weight, direction, position));
        audit.record(CRITERION_AUDIT, c.code(), "PRIORITY_CRITERION_ADDED", Changes.between(Map.of(),
                Map.of("name", c.name(), "weight", c.weight(), "direction", c.direction())));
        return view(c);
    }

    /** Saves the current suggestion as a named scenario: a snapshot that never changes. */
    public ScenarioView saveScenario(int year, String name) {
        requirePlausible(year);
        PriorityYear y = priorities.year(year).orElseGet(() -> new PriorityYear(year));
        y.requireOpen();
        List<Criterion> criteria = priorities.criteria();
        List<Row> rows = candidates(year, criteria);
        Result result = select(rows, y.budget());
        Set<String> chosen = new HashSet<>(result.selected());
        String weights = criteria.stream().map(c -> c.name() + " " + c.weight()).collect(Collectors.joining(", "));
        Scenario s = priorities.save(new Scenario(year, name, y.budget(), weights, rows.stream()
                .map(r -> new Scenario.Line(r.caseNumber, r.title, r.area, r.assessment.cost(), r.value,
                        r.assessment.forcing(), chosen.contains(r.caseNumber))).toList(),
                currentUser.username(), clock.instant()));
        audit.record(Scenario.AUDIT_TYPE, s.id(), "SCENARIO_SAVED", Changes.between(Map.of(), Map.of(
                "year", year, "name", s.name(), "budget", s.budget(), "weights", weights,
                "selected", String.join(",", result.selected()), "totalCost", s.totalCost(),
                "totalValue", s.totalValue())));
        return view(s);
    }

    public List<ScenarioView> scenarios(int year) {
        requirePlausible(year);
        return priorities.scenarios(year).stream().map(Priorities::view).toList();
    }

    public ComparisonView compare(long leftId, long rightId) {
        Scenario left = scenario(leftId);
        Scenario right = scenario(rightId);
        List<ComparisonRowView> rows = ScenarioComparison.rows(left.lines(), right.lines()).stream()
                .map(r -> new ComparisonRowView(r.caseNumber(), r.title(), line(r.left()), line(r.right()),
                        r.selectedLeft(), r.selectedRight(), r.differs())).toList();
        return new ComparisonView(view(left), view(right), rows);
    }

    /** Makes the scenario the year's portfolio decision; a year has one, and it never changes afterwards. */
    public ScenarioView freeze(long scenarioId) {
        Scenario s = scenario(scenarioId);
        PriorityYear y = priorities.year(s.year()).orElseGet(() -> new PriorityYear(s.year()));
        y.freeze(s, currentUser.username(), clock.instant());
        priorities.save(y);
        Scenario frozen = priorities.save(s);
        audit.record(Scenario.AUDIT_TYPE, frozen.id(), "SCENARIO_FROZEN", Changes.between(Map.of(), Map.of(
                "year", frozen.year(), "name", frozen.name(), "frozenBy", frozen.frozenBy(),
                "frozenAt", frozen.frozenAt())));
        return view(frozen);
    }

    /** The year's frozen decision, for the project office, the council and the beredningsgrupp. */
    @RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
            Role.Names.COUNCIL_SECRETARY})
    public Optional<ScenarioView> decision(int year) {
        requirePlausible(year);
        return priorities.year(year).filter(PriorityYear::frozen)
                .flatMap(y -> priorities.scenario(y.frozenScenarioId())).map(Priorities::view);
    }

    private Scenario scenario(long id) {
        return priorities.scenario(id).orElseThrow(() -> new NotFoundException("priorities.error.noScenario"));
    }

    private static Result select(List<Row> rows, long budget) {
        return BudgetSelection.select(
                rows.stream().map(r -> new Candidate(r.caseNumber, r.assessment.cost(), r.value)).toList(), budget,
                rows.stream().filter(r -> r.assessment.forcing() == Forcing.IN).map(r -> r.caseNumber)
                        .collect(Collectors.toSet()),
                rows.stream().filter(r -> r.assessment.forcing() == Forcing.OUT).map(r -> r.caseNumber)
                        .collect(Collectors.toSet()));
    }

    /**
     * The combined list: the areas' ranked cases place by place (every area's first, then every area's second...),
     * then the open portfolio items no area ranked, by case number.
     */
    private List<Row> candidates(int year, List<Criterion> criteria) {
        Map<String, Assessment> assessed = priorities.assessments(year).stream()
                .collect(Collectors.toMap(Assessment::caseNumber, Function.identity()));
        Map<String, PortfolioItem> open = new TreeMap<>();
        items.findAll().stream().filter(i -> !i.phase().isFinal())
                .forEach(i -> open.put(i.caseNumber().toString(), i));
        Map<String, Row> rows = new LinkedHashMap<>();
        preparation.proposals(year).stream()
                .sorted(Comparator.comparingInt(AreaProposal::rank).thenComparing(AreaProposal::serviceAreaCode))
                .forEach(p -> rows.putIfAbsent(p.caseNumber(), new Row(p.caseNumber(), p.title(),
                        p.serviceAreaCode(), p.rank(), p.frozen(), open.containsKey(p.caseNumber()))));
        open.values().forEach(i -> rows.putIfAbsent(i.caseNumber().toString(),
                new Row(i.caseNumber().toString(), i.title(), i.serviceAreaCode(), null, false, true)));
        List<Row> list = new ArrayList<>(rows.values());
        for (Row r : list) {
            r.assessment = assessed.get(r.caseNumber);
            if (r.assessment == null) {
                // Not yet assessed: the cost starts from the item's budget for the year (kronor, rounded up to tkr).
                r.assessment = new Assessment(year, r.caseNumber);
                long kronor = Optional.ofNullable(open.get(r.caseNumber)).flatMap(i -> i.budgetFor(year))
                        .map(b -> b.investment() + b.operation()).orElse(0L);
                r.assessment.assess(Math.min(Assessment.MAX_COST, (kronor + 999) / 1000), Map.of(), Forcing.NONE);
            }
            r.value = r.assessment.value(criteria);
        }
        return list;
    }

    private static Map<String, Object> snapshot(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cost", a.cost());
        m.put("forcing", a.forcing());
        m.put("scores", new TreeMap<>(a.scores()).toString());
        return m;
    }

    private static void requirePlausible(int year) {
        if (year < 2000 || year > 2999) {
            throw InvalidInputException.of("year", "priorities.error.year");
        }
    }

    private static CriterionView view(Criterion c) {
        return new CriterionView(c.code(), c.name(), c.weight(), c.direction());
    }

    private static ScenarioView view(Scenario s) {
        return new ScenarioView(s.id(), s.year(), s.name(), s.budget(), s.weights(), s.totalCost(), s.totalValue(),
                s.createdBy(), s.createdAt(), s.frozen(), s.frozenBy(), s.frozenAt(),
                s.lines().stream().map(Priorities::line).toList());
    }

    private static ScenarioLineView line(Scenario.Line l) {
        return l == null ? null : new ScenarioLineView(l.caseNumber(), l.title(), l.serviceAreaCode(), l.cost(),
                l.value(), l.forcing(), l.selected());
    }

    /** A candidate while the list is assembled. */
    private static final class Row {
        final String caseNumber;
        final String title;
        final String area;
        final Integer rank;
        final boolean rankingFrozen;
        final boolean inPortfolio;
        Assessment assessment;
        long value;

        Row(String caseNumber, String title, String area, Integer rank, boolean rankingFrozen, boolean inPortfolio) {
            this.caseNumber = Objects.requireNonNull(caseNumber);
            this.title = title;
            this.area = area;
            this.rank = rank;
            this.rankingFrozen = rankingFrozen;
            this.inPortfolio = inPortfolio;
        }
    }
}
