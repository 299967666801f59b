package se.digiportal.kernel.api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's diarienummer, {@code DIGI-<year>-<4 digits>}: gapless per year, allocated by
 * {@code CaseNumberService}. A value object; compare with {@link #equals}.
 */
public record CaseNumber(int year, int sequence) implements Comparable<CaseNumber> {

    public static final int MAX_SEQUENCE = 9999;
    private static final Pattern FORMAT = Pattern.compile("DIGI-(\\d{4})-(\\d{4})");

    public CaseNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case number: " + text);
        }
        return new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches() && !text.trim().endsWith("-0000");
    }

    @Override
    public String toString() {
        return String.format("DIGI-%04d-%04d", year, sequence);
    }

    @Override
    public int compareTo(CaseNumber other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(sequence, other.sequence);
    }
}
