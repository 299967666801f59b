package se.digiportal.council.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.digiportal.council.application.Views.MinutesView;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesCorrection;

/** The minutes' document names their adjusted corrections, never a draft one, and leaves the minutes' text as is. */
class MinutesPdfTest {

    static final Instant HELD = Instant.parse("2026-12-10T12:00:00Z");

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void adjusted_corrections_are_listed_after_the_unchanged_text() {
        Minutes minutes = withId(new Minutes(7L, "Maria Berg", "§ 1 DIGI-2026-0001 Beviljat.", "maria", "rolf", HELD), 3);
        minutes.adjust("maria", HELD.plusSeconds(86_400));
        MinutesCorrection adjusted = withId(new MinutesCorrection(minutes, "I § 1: som pilot.", "sven", "rolf",
                HELD.plusSeconds(2 * 86_400)), 11);
        adjusted.adjust("sven", Instant.parse("2026-12-13T09:30:00Z"));
        MinutesCorrection draft = withId(new MinutesCorrection(minutes, "Utkast.", "sven", "rolf", HELD), 12);
        AtomicReference<MinutesView> rendered = new AtomicReference<>();
        MinutesDocument document = (view, meeting, title) -> {
            rendered.set(view);
            return new byte[0];
        };

        MinutesPdf.render(document, minutes, withId(new CouncilMeeting(HELD, "Stadshuset"), 7),
                List.of(adjusted, draft));

        assertThat(rendered.get().body()).isEqualTo("§ 1 DIGI-2026-0001 Beviljat.\n\nRättelser av detta protokoll:"
                + "\nRättelse nr 11, justerad 2026-12-13 10:30 av sven");
        assertThat(minutes.body()).isEqualTo("§ 1 DIGI-2026-0001 Beviljat.");
    }
}
