package se.digiportal.portfolio.domain.priority;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * The budget-constrained suggestion for a year: which candidates give the most weighted value within the budget
 * (the 0/1 knapsack, solved exactly by dynamic programming over cost), with the project office's force-in and
 * force-out, and the value-vs-cost frontier.
 *
 * <p><b>Unit and limits.</b> Costs and the budget are whole thousands of kronor (tkr), values whole points, so the
 * arithmetic is exact. The table has one cell per free candidate and tkr of their summed cost; above
 * {@link #MAX_CELLS} cells (e.g. 200 candidates costing 250 Mkr together) the suggestion is refused rather than
 * letting one request take the server's memory.
 *
 * <p><b>Ties.</b> Of the selections with the highest value the cheapest is suggested; between equally valuable
 * and equally expensive ones the candidates earlier in the list (higher in the combined ranking) win, because a
 * later candidate only replaces an earlier one when that is strictly better.
 */
public final class BudgetSelection {

    public static final long MAX_CELLS = 50_000_000L;

    public static final String FORCED_OVER_BUDGET_KEY = "priorities.error.forcedOverBudget";
    public static final String FORCED_BOTH_KEY = "priorities.error.forcedBoth";
    public static final String TOO_LARGE_KEY = "priorities.error.tooLarge";
    public static final String BUDGET_KEY = "priorities.error.budget";

    /** One candidate for the year: cost in tkr (0 or more), value in points (0 or more). */
    public record Candidate(String key, long cost, long value) {
        public Candidate {
            Objects.requireNonNull(key, "key");
            if (cost < 0 || value < 0) {
                throw new IllegalArgumentException("cost and value are never negative: " + key);
            }
        }
    }

    /** One step of the frontier: the most value any selection reaches for at most this cost. */
    public record FrontierPoint(long cost, long value) {
    }

    /**
     * The suggestion: the chosen keys in the candidates' order, their summed cost and value, and the frontier of
     * Pareto-optimal (cost, value) pairs (forced-in candidates always included, forced-out never), cheapest first.
     */
    public record Result(List<String> selected, long cost, long value, List<FrontierPoint> frontier) {
        public Result {
            selected = List.copyOf(selected);
            frontier = List.copyOf(frontier);
        }
    }

    private BudgetSelection() {
    }

    /**
     * @throws InvalidInputException budget negative ({@code budget}), a candidate both forced in and out, or the
     *                               forced-in candidates costing more than the budget ({@code forceIn}), or the
     *                               problem above {@link #MAX_CELLS} ({@code budget})
     */
    public static Result select(List<Candidate> candidates, long budget, Set<String> forcedIn, Set<String> forcedOut) {
        if (budget < 0) {
            throw InvalidInputException.of("budget", BUDGET_KEY);
        }
        Set<String> in = new HashSet<>(forcedIn);
        Set<String> out = new HashSet<>(forcedOut);
        if (in.stream().anyMatch(out::contains)) {
            throw InvalidInputException.of("forceIn", FORCED_BOTH_KEY);
        }
        Set<String> known = new LinkedHashSet<>();
        candidates.forEach(c -> {
            if (!known.add(c.key())) {
                throw new IllegalArgumentException("a candidate is listed twice: " + c.key());
            }
        });

        long forcedCost = 0;
        long forcedValue = 0;
        List<Candidate> free = new ArrayList<>();
        for (Candidate c : candidates) {
            if (in.contains(c.key())) {
                forcedCost += c.cost();
                forcedValue += c.value();
            } else if (!out.contains(c.key())) {
                free.add(c);
            }
        }
        if (forcedCost > budget) {
            throw InvalidInputException.of("forceIn", FORCED_OVER_BUDGET_KEY);
        }
        long room = budget - forcedCost;
        long span = free.stream().mapToLong(Candidate::cost).sum();
        if ((long) free.size() * (span + 1) > MAX_CELLS) {
            throw InvalidInputException.of("budget", TOO_LARGE_KEY);
        }
        int width = (int) span;
        int cap = (int) Math.min(room, span);

        // best[c] = the most value of free candidates costing at most c; take[i] marks where candidate i improved
        // it (only up to what the budget allows, since only there is a selection read back).
        long[] best = new long[width + 1];
        List<BitSet> take = new ArrayList<>(free.size());
        for (Candidate c : free) {
            BitSet taken = new BitSet(cap + 1);
            int w = (int) c.cost();
            for (int x = width; x >= w; x--) {
                long with = best[x - w] + c.value();
                if (with > best[x]) {
                    best[x] = with;
                    if (x <= cap) {
                        taken.set(x);
                    }
                }
            }
            take.add(taken);
        }

        int at = cap;
        while (at > 0 && best[at - 1] == best[cap]) {
            at--;
        }
        Set<String> chosen = new HashSet<>(in);
        for (int i = free.size() - 1; i >= 0; i--) {
            if (take.get(i).get(at)) {
                chosen.add(free.get(i).key());
                at -= (int) free.get(i).cost();
            }
        }

        List<String> selected = candidates.stream().map(Candidate::key).filter(chosen::contains).toList();
        long cost = candidates.stream().filter(c -> chosen.contains(c.key())).mapToLong(Candidate::cost).sum();
        long value = candidates.stream().filter(c -> chosen.contains(c.key())).mapToLong(Candidate::value).sum();

        List<FrontierPoint> frontier = new ArrayList<>();
        for (int x = 0; x <= width; x++) {
            if (x == 0 || best[x] > best[x - 1]) {
                frontier.add(new FrontierPoint(x + forcedCost, best[x] + forcedValue));
            }
        }
        return new Result(selected, cost, value, frontier);
    }
}
