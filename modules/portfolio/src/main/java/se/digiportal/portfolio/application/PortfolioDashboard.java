package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.domain.SettingKey;
import se.digiportal.portfolio.domain.BudgetLine;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.StatusReport;
import se.digiportal.portfolio.domain.StatusReportDue;
import se.digiportal.portfolio.domain.priority.Assessment;
import se.digiportal.portfolio.domain.priority.Criterion;
import se.digiportal.portfolio.domain.priority.PriorityRepository;

/**
 * The portfolio at a glance for the project office, the beredningsgrupp and the council: items by phase,
 * tjänsteområde, förvaltning and year, each year's prioritization budget against what the items plan to spend, the
 * budget year's candidates as value, cost and risk, and the items whose status report is overdue.
 */
@Stateless
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
        Role.Names.COUNCIL_SECRETARY})
public class PortfolioDashboard {

    /** The criterion whose score sizes the bubbles; a municipality without it gets bubbles of one size. */
    static final String RISK = "RISK";

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    PortfolioItemRepository items;

    @Inject
    PriorityRepository priorities;

    @Inject
    Directory directory;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** A label (a code, a name or a year) and how many items have it. */
    public record Count(String label, long count) {
    }

    /** One assessed candidate of the budget year: cost (tkr), weighted value and risk score (1–5, 0 unscored). */
    public record Bubble(String caseNumber, long cost, long value, int risk) {
    }

    /** A year's prioritization budget and the items' planned investment and operation, all in tkr. */
    public record BudgetPlan(int year, long budget, long plannedInvestment, long plannedOperation) {
    }

    /** An item in progress whose status report was due on {@code dueSince}; {@code latestReport} null if none. */
    public record OverdueReport(long itemId, String caseNumber, String title, Instant latestReport,
                                LocalDate dueSince) {
    }

    public record DashboardView(List<Count> byPhase, List<Count> byServiceArea, List<Count> byForvaltning,
                                List<Count> byYear, List<BudgetPlan> budgetVsPlan, int budgetYear,
                                List<Bubble> bubbles, int reportIntervalDays, List<OverdueReport> overdue) {
    }

    public DashboardView dashboard(int budgetYear) {
        List<PortfolioItem> all = items.findAll();
        Map<Long, String> forvaltning = new HashMap<>();
        all.forEach(i -> forvaltning.computeIfAbsent(i.orgUnitId(), id -> directory.forvaltningOf(id).name()));
        List<Criterion> criteria = priorities.criteria();
        List<Bubble> bubbles = priorities.assessments(budgetYear).stream()
                .map(a -> new Bubble(a.caseNumber(), a.cost(), a.value(criteria), risk(a))).toList();
        int interval = settings.intValue(SettingKey.STATUS_REPORT_INTERVAL_DAYS);
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        List<OverdueReport> overdue = all.stream().flatMap(i -> {
            Instant latest = i.statusReports().stream().map(StatusReport::reportedAt).max(Comparator.naturalOrder())
                    .orElse(null);
            return StatusReportDue.overdueSince(i.phase(), latest, i.enteredAt(), interval, today).stream()
                    .map(due -> new OverdueReport(i.id(), i.caseNumber().toString(), i.title(), latest, due));
        }).sorted(Comparator.comparing(OverdueReport::dueSince)).toList();
        return new DashboardView(
                count(all, i -> i.phase().name()),
                count(all, PortfolioItem::serviceAreaCode),
                count(all, i -> forvaltning.get(i.orgUnitId())),
                count(all, i -> String.valueOf(i.enteredAt().atZone(SWEDEN).getYear())),
                budgetVsPlan(all), budgetYear, bubbles, interval, overdue);
    }

    /** Every year with a prioritization budget or a planned item budget; kronor are rounded to whole tkr. */
    private List<BudgetPlan> budgetVsPlan(List<PortfolioItem> all) {
        Map<Integer, Long> budgets = new HashMap<>();
        priorities.years().forEach(y -> budgets.put(y.year(), y.budget()));
        TreeSet<Integer> years = new TreeSet<>(budgets.keySet());
        all.forEach(i -> i.budget().forEach(b -> years.add(b.year())));
        return years.stream().map(y -> {
            List<BudgetLine> lines = all.stream().map(i -> i.budgetFor(y)).flatMap(Optional::stream).toList();
            long investment = lines.stream().mapToLong(BudgetLine::investment).sum();
            long operation = lines.stream().mapToLong(BudgetLine::operation).sum();
            return new BudgetPlan(y, budgets.getOrDefault(y, 0L), Math.round(investment / 1000.0),
                    Math.round(operation / 1000.0));
        }).toList();
    }

    private static int risk(Assessment a) {
        Integer score = a.scores().get(RISK);
        return score == null ? 0 : score;
    }

    private static List<Count> count(List<PortfolioItem> all, Function<PortfolioItem, String> label) {
        return all.stream().collect(Collectors.groupingBy(label, TreeMap::new, Collectors.counting())).entrySet()
                .stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
