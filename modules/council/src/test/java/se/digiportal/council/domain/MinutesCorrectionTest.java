package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A correction of adjusted minutes is a new document, with the same lock once adjusted. */
class MinutesCorrectionTest {

    static final Instant NOW = Instant.parse("2026-12-12T09:00:00Z");

    static Minutes minutes(long id) {
        Minutes m = new Minutes(1L, "Maria Berg, Sven Ek", "§ 1 DIGI-2026-0001 Beslut: Beviljat.", "maria", "rolf", NOW);
        try {
            Field f = Minutes.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(m, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    @Test
    void only_adjusted_minutes_are_corrected_a_draft_is_edited() {
        Minutes draft = minutes(7);
        assertThatThrownBy(() -> new MinutesCorrection(draft, "§ 1 ska vara avslag.", "sven", "rolf", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_correction_names_what_it_corrects_and_locks_when_its_adjuster_adjusts_it() {
        Minutes adjusted = minutes(7);
        adjusted.adjust("maria", NOW);

        MinutesCorrection c = new MinutesCorrection(adjusted, "I § 1 ska villkoret lyda: som pilot.", " sven ", "rolf",
                NOW.plusSeconds(60));
        assertThat(c.minutesId()).isEqualTo(7);
        assertThat(c.adjusted()).isFalse();
        assertThat(c.adjuster()).isEqualTo("sven");
        c.edit("I § 1 ska villkoret lyda: som pilot under 2027.", "sven");
        assertThatThrownBy(() -> c.adjust("maria", NOW)).as("not the named adjuster")
                .isInstanceOf(IllegalArgumentException.class);

        c.adjust("sven", NOW.plusSeconds(120));

        assertThat(c.adjusted()).isTrue();
        assertThat(c.adjustedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThatThrownBy(() -> c.edit("Ändrat", "sven")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.adjust("sven", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(c.body()).isEqualTo("I § 1 ska villkoret lyda: som pilot under 2027.");
        assertThat(adjusted.body()).as("the minutes themselves never change")
                .isEqualTo("§ 1 DIGI-2026-0001 Beslut: Beviljat.");
    }

    @Test
    void a_correction_needs_a_text_and_an_adjuster() {
        Minutes adjusted = minutes(7);
        adjusted.adjust("maria", NOW);
        assertThatThrownBy(() -> new MinutesCorrection(adjusted, " ", "sven", "rolf", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("body");
        assertThatThrownBy(() -> new MinutesCorrection(adjusted, "Text", " ", "rolf", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("adjuster");
        assertThatThrownBy(() -> new MinutesCorrection(adjusted, "x".repeat(Minutes.BODY_MAX_LENGTH + 1), "sven", "rolf",
                NOW)).isInstanceOf(IllegalArgumentException.class).hasMessage("body");
    }
}
