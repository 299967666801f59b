package se.digiportal.portfolio.domain.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two scenarios side by side: every candidate of either, and where the two choose differently. */
public final class ScenarioComparison {

    /** A candidate in the comparison; a side is null when that scenario did not list the candidate at all. */
    public record Row(String caseNumber, String title, Scenario.Line left, Scenario.Line right) {
        public boolean selectedLeft() {
            return left != null && left.selected();
        }

        public boolean selectedRight() {
            return right != null && right.selected();
        }

        public boolean differs() {
            return selectedLeft() != selectedRight();
        }
    }

    private ScenarioComparison() {
    }

    /** Rows in the left scenario's order, then what only the right one lists. */
    public static List<Row> rows(List<Scenario.Line> left, List<Scenario.Line> right) {
        Map<String, Scenario.Line> rightByCase = new LinkedHashMap<>();
        right.forEach(l -> rightByCase.put(l.caseNumber(), l));
        List<Row> rows = new ArrayList<>();
        for (Scenario.Line l : left) {
            rows.add(new Row(l.caseNumber(), l.title(), l, rightByCase.remove(l.caseNumber())));
        }
        rightByCase.values().forEach(r -> rows.add(new Row(r.caseNumber(), r.title(), null, r)));
        return rows;
    }
}
