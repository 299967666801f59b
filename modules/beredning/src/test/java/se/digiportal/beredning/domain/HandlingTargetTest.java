package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HandlingTargetTest {

    @Test
    void aCaseIsOverdueOnlyPastTheTargetInWorkingDays() {
        HandlingTarget fiveDays = new HandlingTarget(PreparationStatus.NEW, 5);
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(fiveDays.overdue(monday, LocalDate.of(2026, 11, 9))).as("5 working days later").isFalse();
        assertThat(fiveDays.overdue(monday, LocalDate.of(2026, 11, 10))).isTrue();
    }
}
