package se.digiportal.intake.domain;

import java.util.Comparator;
import java.util.List;

/** A submitted case that looks like the one being written, with the full-text relevance that found it. */
public record SimilarCase(String caseNumber, String title, String serviceAreaCode, double relevance) {

    /**
     * Below this relevance a match is noise whatever else is found. MariaDB's InnoDB relevance sums, per shared
     * word, term frequency times squared inverse document frequency, so it grows with the number of cases.
     */
    public static final double MIN_RELEVANCE = 1.0;

    /**
     * A case must also come close to the best match: one shared uncommon word ("digitala") scores far below
     * a case about the same thing, and such a lone word is noise, not a reason to join forces.
     */
    public static final double SHARE_OF_BEST = 0.3;

    /** At most this many are shown: a hint to join forces, not a search result page. */
    public static final int MAX_SHOWN = 5;

    /** The candidates worth showing, most relevant first. */
    public static List<SimilarCase> worthShowing(List<SimilarCase> candidates) {
        double best = candidates.stream().mapToDouble(SimilarCase::relevance).max().orElse(0);
        return candidates.stream()
                .filter(c -> c.relevance() >= MIN_RELEVANCE && c.relevance() >= best * SHARE_OF_BEST)
                .sorted(Comparator.comparingDouble(SimilarCase::relevance).reversed())
                .limit(MAX_SHOWN).toList();
    }
}
