package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Directory;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.priority.Assessment;
import se.digiportal.portfolio.domain.priority.Criterion;
import se.digiportal.portfolio.domain.priority.PriorityRepository;

/**
 * The portfolio at a glance for the project office, the beredningsgrupp and the council: items by phase,
 * tjänsteområde, förvaltning and year, and the budget year's candidates as value, cost and risk.
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

    /** A label (a code, a name or a year) and how many items have it. */
    public record Count(String label, long count) {
    }

    /** One assessed candidate of the budget year: cost (tkr), weighted value and risk score (1–5, 0 unscored). */
    public record Bubble(String caseNumber, long cost, long value, int risk) {
    }

    public record DashboardView(List<Count> byPhase, List<Count> byServiceArea, List<Count> byForvaltning,
                                List<Count> byYear, int budgetYear, List<Bubble> bubbles) {
    }

    public DashboardView dashboard(int budgetYear) {
        List<PortfolioItem> all = items.findAll();
        Map<Long, String> forvaltning = new HashMap<>();
        all.forEach(i -> forvaltning.computeIfAbsent(i.orgUnitId(), id -> directory.forvaltningOf(id).name()));
        List<Criterion> criteria = priorities.criteria();
        List<Bubble> bubbles = priorities.assessments(budgetYear).stream()
                .map(a -> new Bubble(a.caseNumber(), a.cost(), a.value(criteria), risk(a))).toList();
        return new DashboardView(
                count(all, i -> i.phase().name()),
                count(all, PortfolioItem::serviceAreaCode),
                count(all, i -> forvaltning.get(i.orgUnitId())),
                count(all, i -> String.valueOf(i.enteredAt().atZone(SWEDEN).getYear())),
                budgetYear, bubbles);
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
