package se.digiportal.beredning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Swedish working days: Monday to Friday except the public holidays (helgdagar) and the days that are treated
 * as such in practice (midsommarafton, julafton, nyårsafton). The reminder and parking delays are counted in
 * these (seed 000). Kept here, not in a library, because it is a dozen dates and the rule the delays hang on.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (a delay of 0 is {@code from} itself). */
    public static LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not after. */
    public static int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays(d.getYear()).contains(d);
    }

    static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.JANUARY, 6));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.JUNE, 6));
        days.add(LocalDate.of(year, Month.DECEMBER, 24));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        days.add(LocalDate.of(year, Month.DECEMBER, 31));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        // Midsommarafton: the Friday between 19 and 25 June.
        days.add(LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        return days;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
