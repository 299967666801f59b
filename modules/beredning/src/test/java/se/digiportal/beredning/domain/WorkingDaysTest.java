package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void tenWorkingDaysFromAMondayAreTwoWeeksLater() {
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 20), 1)).as("Friday + 1").isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void swedishHolidaysAreSkipped() {
        // 2026: Good Friday 3 April, Easter Monday 6 April.
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.add(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        // Christmas: 24, 25 (Fri) and the weekend, then Monday 28.
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 6))).as("a Saturday anyway").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 6))).as("Ascension Day 2027").isFalse();
    }

    @Test
    void betweenCountsTheWorkingDaysAfterTheStart() {
        assertThat(WorkingDays.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo(1);
        assertThat(WorkingDays.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))).isZero();
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertThatThrownBy(() -> WorkingDays.add(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
