package se.digiportal.portfolio.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.digiportal.portfolio.domain.priority.Direction;
import se.digiportal.portfolio.domain.priority.Forcing;

/** The read models of the yearly prioritization; entities never leave the application layer. */
public final class PriorityViews {

    private PriorityViews() {
    }

    public record CriterionView(String code, String name, int weight, Direction direction) {
    }

    /**
     * A candidate of the year: a portfolio item or a case in an area's ranking (or both).
     *
     * @param areaRank its place in the area's step-2 ranking, or null when the area has not ranked it
     * @param cost     tkr in the budget year
     */
    public record CandidateView(String caseNumber, String title, String serviceAreaCode, Integer areaRank,
                                boolean rankingFrozen, boolean inPortfolio, long cost, Map<String, Integer> scores,
                                Forcing forcing, long value, boolean selected) {
    }

    public record FrontierPointView(long cost, long value) {
    }

    /**
     * The year as the project office works on it. {@code selectionErrorKey} is set (and nothing selected) when the
     * forced-in candidates alone cost more than the budget.
     */
    public record PrioritizationView(int year, long budget, boolean frozen, Long frozenScenarioId, String frozenBy,
                                     Instant frozenAt, List<CriterionView> criteria, List<CandidateView> candidates,
                                     long selectedCost, long selectedValue, List<FrontierPointView> frontier,
                                     String selectionErrorKey) {
    }

    public record ScenarioLineView(String caseNumber, String title, String serviceAreaCode, long cost, long value,
                                   Forcing forcing, boolean selected) {
    }

    public record ScenarioView(long id, int year, String name, long budget, String weights, long totalCost,
                               long totalValue, String createdBy, Instant createdAt, boolean frozen, String frozenBy,
                               Instant frozenAt, List<ScenarioLineView> lines) {
    }

    public record ComparisonRowView(String caseNumber, String title, ScenarioLineView left, ScenarioLineView right,
                                    boolean selectedLeft, boolean selectedRight, boolean differs) {
    }

    public record ComparisonView(ScenarioView left, ScenarioView right, List<ComparisonRowView> rows) {
    }
}
