package se.digiportal.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void startsWithTheDefaultsOfSeed000() {
        assertThat(new Setting(SettingKey.CRITERIA_SHARED_RESOURCES_HOURS).value()).isEqualTo("40");
        assertThat(new Setting(SettingKey.CRITERIA_TOTAL_HOURS).value()).isEqualTo("500");
    }

    @Test
    void numericSettingsTakeOnlyNonNegativeWholeNumbers() {
        Setting setting = new Setting(SettingKey.CRITERIA_TOTAL_HOURS);
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        for (String bad : new String[] {"-1", "12.5", "femhundra", "", null}) {
            assertThatThrownBy(() -> setting.change(bad, now, "admin")).isInstanceOf(IllegalArgumentException.class);
        }
        setting.change(" 600 ", now, "admin");
        assertThat(setting.value()).isEqualTo("600");
        assertThat(setting.updatedBy()).isEqualTo("admin");
        assertThat(setting.updatedAt()).isEqualTo(now);
    }

    @Test
    void textSettingsMustNotBeBlank() {
        Setting setting = new Setting(SettingKey.PROJECT_OFFICE_CONTACT);
        assertThatThrownBy(() -> setting.change("  ", Instant.EPOCH, "admin")).isInstanceOf(IllegalArgumentException.class);
    }
}
