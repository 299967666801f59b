package se.digiportal.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void formatsYearAndFourDigitSequence() {
        assertThat(new CaseNumber(2026, 7)).hasToString("DIGI-2026-0007");
        assertThat(new CaseNumber(2026, 9999)).hasToString("DIGI-2026-9999");
    }

    @Test
    void parsesWhatItFormats() {
        CaseNumber number = new CaseNumber(2027, 42);
        assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
        assertThat(CaseNumber.parse(" DIGI-2027-0042 ")).isEqualTo(number);
    }

    @Test
    void refusesMalformedText() {
        for (String bad : new String[] {"DIGI-2026-42", "DIGI-26-0042", "digi-2026-0042", "DIGI-2026-00042", "X"}) {
            assertThatThrownBy(() -> CaseNumber.parse(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(CaseNumber.isValid(bad)).isFalse();
        }
        assertThat(CaseNumber.isValid("DIGI-2026-0000")).isFalse();
        assertThat(CaseNumber.isValid("DIGI-2026-0001")).isTrue();
    }

    @Test
    void sequenceStaysWithinFourDigits() {
        assertThatThrownBy(() -> new CaseNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(2026, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByYearThenSequence() {
        assertThat(new CaseNumber(2025, 9999)).isLessThan(new CaseNumber(2026, 1));
        assertThat(new CaseNumber(2026, 2)).isGreaterThan(new CaseNumber(2026, 1));
    }
}
