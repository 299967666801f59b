package se.digiportal.portfolio.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The capacity view: for every resource kind and month, the hours booked on all items against the hours there
 * are (the kind's usual capacity unless a month says otherwise). A cell with more booked than there is, is
 * over-booked.
 */
public final class CapacityPlan {

    private CapacityPlan() {
    }

    /** A booking as the plan counts it. */
    public record Booked(String kindCode, YearMonth from, YearMonth to, int hoursPerMonth) {
        boolean covers(YearMonth month) {
            return !month.isBefore(from) && !month.isAfter(to);
        }
    }

    public record Cell(String kindCode, YearMonth month, int booked, int capacity) {
        public boolean overbooked() {
            return booked > capacity;
        }
    }

    /**
     * @param kinds     the kinds in display order
     * @param overrides a kind's capacity in a month, where it differs from the usual
     * @return a row per kind, a cell per month from {@code first}, {@code months} long
     */
    public static List<List<Cell>> of(List<ResourceKind> kinds, Map<String, Map<YearMonth, Integer>> overrides,
                                      List<Booked> bookings, YearMonth first, int months) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ResourceKind kind : kinds) {
            Map<YearMonth, Integer> own = overrides.getOrDefault(kind.code(), Map.of());
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < months; i++) {
                YearMonth month = first.plusMonths(i);
                int booked = bookings.stream().filter(b -> b.kindCode().equals(kind.code()) && b.covers(month))
                        .mapToInt(Booked::hoursPerMonth).sum();
                row.add(new Cell(kind.code(), month, booked, own.getOrDefault(month, kind.monthlyCapacityHours())));
            }
            rows.add(row);
        }
        return rows;
    }
}
