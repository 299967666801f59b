package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinutesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T15:00:00Z");

    private static Minutes draft() {
        return new Minutes(1L, "Maria Berg, Sven Ek", "§ 1 DIGI-2026-0001 Beslut: Beviljat.", "maria", "rolf", NOW);
    }

    @Test
    void a_draft_is_edited_and_adjusted_by_the_named_adjuster_only() {
        Minutes m = draft();
        m.edit("Maria Berg", "§ 1 rättad text", "maria");
        assertThat(m.body()).isEqualTo("§ 1 rättad text");

        assertThatThrownBy(() -> m.adjust("sven", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.adjusted()).isFalse();

        m.adjust("maria", NOW.plusSeconds(60));
        assertThat(m.adjusted()).isTrue();
        assertThat(m.adjustedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void adjusted_minutes_never_change() {
        Minutes m = draft();
        m.adjust("maria", NOW);

        assertThatThrownBy(() -> m.edit("Någon", "Ny text", "maria")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.adjust("maria", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(m.body()).isEqualTo("§ 1 DIGI-2026-0001 Beslut: Beviljat.");
        assertThat(m.present()).isEqualTo("Maria Berg, Sven Ek");
    }

    @Test
    void minutes_need_who_was_present_a_text_and_an_adjuster() {
        assertThatThrownBy(() -> new Minutes(1L, " ", "text", "maria", "rolf", NOW)).hasMessage("present");
        assertThatThrownBy(() -> new Minutes(1L, "Maria", "", "maria", "rolf", NOW)).hasMessage("body");
        assertThatThrownBy(() -> draft().edit("Maria", "text", " ")).hasMessage("adjuster");
    }
}
