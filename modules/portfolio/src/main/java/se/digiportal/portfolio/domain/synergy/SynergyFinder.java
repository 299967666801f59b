package se.digiportal.portfolio.domain.synergy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds portfolio items and open cases that overlap, so the project office can merge or coordinate them: the same
 * registered IT system named in both, text about the same thing, or the same tjänsteområde in two förvaltningar.
 */
public final class SynergyFinder {

    /**
     * Share of significant words two texts must have in common (Jaccard). Hand-tried on the demo titles: 0.25 pairs
     * "Mobil dokumentation i hemtjänsten" with "Mobil dokumentation för LSS-boenden" and nothing unrelated.
     */
    public static final double SIMILAR_TEXT = 0.25;

    /** Words shorter than this carry no subject ("för", "och", "nya"). */
    private static final int MIN_WORD = 4;

    /** Endings cut so that "dokumentation" and "dokumentera" meet; Swedish has no light stemmer in the JDK. */
    private static final int STEM = 7;

    private static final Set<String> STOP = Set.of("inom", "genom", "efter", "samt", "eller", "till", "från", "över",
            "under", "mellan", "kommun", "kommunen", "kommunens", "digital", "digitala", "digitalt", "system");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    public enum Kind { ITEM, CASE }

    public enum Reason { SAME_SYSTEM, SIMILAR_TEXT, SAME_AREA_OTHER_UNIT }

    /**
     * Something that may overlap: a portfolio item or a case still in preparation.
     *
     * @param unitId the förvaltning (top org unit) it belongs to, or null when unknown
     */
    public record Entry(Kind kind, String caseNumber, String title, String text, String serviceAreaCode, Long unitId) {
        public Entry {
            Objects.requireNonNull(caseNumber, "caseNumber");
            title = title == null ? "" : title;
            text = text == null ? "" : text;
        }
    }

    /** Two entries that overlap, why, and the shared systems and text similarity behind it. */
    public record Overlap(Entry first, Entry second, Set<Reason> reasons, Set<String> systems, double similarity) {
        public Overlap {
            reasons = Set.copyOf(reasons);
            systems = Set.copyOf(systems);
        }
    }

    private SynergyFinder() {
    }

    /**
     * Every overlapping pair, strongest first (most reasons, then most similar text); pairs of the same case number
     * (an item and its own earlier case) are not overlaps.
     */
    public static List<Overlap> overlaps(List<Entry> entries, List<String> systemNames) {
        List<Set<String>> words = entries.stream().map(e -> significantWords(e.title() + " " + e.text())).toList();
        List<Set<String>> systems = entries.stream().map(e -> mentioned(e.title() + " " + e.text(), systemNames))
                .toList();
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Entry a = entries.get(i);
                Entry b = entries.get(j);
                if (a.caseNumber().equals(b.caseNumber())) {
                    continue;
                }
                Set<Reason> reasons = EnumSet.noneOf(Reason.class);
                Set<String> shared = new TreeSet<>(systems.get(i));
                shared.retainAll(systems.get(j));
                if (!shared.isEmpty()) {
                    reasons.add(Reason.SAME_SYSTEM);
                }
                double similarity = jaccard(words.get(i), words.get(j));
                if (similarity >= SIMILAR_TEXT) {
                    reasons.add(Reason.SIMILAR_TEXT);
                }
                if (a.serviceAreaCode() != null && a.serviceAreaCode().equals(b.serviceAreaCode())
                        && a.unitId() != null && b.unitId() != null && !a.unitId().equals(b.unitId())) {
                    reasons.add(Reason.SAME_AREA_OTHER_UNIT);
                }
                if (!reasons.isEmpty()) {
                    found.add(new Overlap(a, b, reasons, shared, similarity));
                }
            }
        }
        found.sort(Comparator.comparingInt((Overlap o) -> o.reasons().size()).reversed()
                .thenComparing(Comparator.comparingDouble(Overlap::similarity).reversed())
                .thenComparing(o -> o.first().caseNumber()).thenComparing(o -> o.second().caseNumber()));
        return found;
    }

    static Set<String> significantWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NOT_A_LETTER.split(text.toLowerCase(Locale.forLanguageTag("sv")))) {
            if (w.length() >= MIN_WORD && !STOP.contains(w)) {
                words.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return words;
    }

    static Set<String> mentioned(String text, List<String> systemNames) {
        String lower = " " + NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        Set<String> found = new TreeSet<>();
        for (String name : systemNames) {
            String n = NOT_A_LETTER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
            if (!n.isEmpty() && lower.contains(" " + n + " ")) {
                found.add(name);
            }
        }
        return found;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }
}
