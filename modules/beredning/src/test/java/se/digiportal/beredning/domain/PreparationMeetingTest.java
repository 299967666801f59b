package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreparationMeetingTest {

    private static final Instant NINE_O_CLOCK = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void a_meeting_requires_a_location() {
        assertThatThrownBy(() -> new PreparationMeeting(NINE_O_CLOCK, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreparationMeeting(NINE_O_CLOCK, "   ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_meeting_requires_a_time() {
        assertThatThrownBy(() -> new PreparationMeeting(null, "Stadshuset, sal Ljusnan", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rescheduling_without_a_location_keeps_the_old_time_and_place() {
        PreparationMeeting meeting = new PreparationMeeting(NINE_O_CLOCK, "Stadshuset, sal Ljusnan", null);

        assertThatThrownBy(() -> meeting.reschedule(NINE_O_CLOCK.plusSeconds(3600), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(meeting.startsAt()).isEqualTo(NINE_O_CLOCK);
        assertThat(meeting.location()).isEqualTo("Stadshuset, sal Ljusnan");
    }

    @Test
    void location_and_note_are_trimmed_and_a_blank_note_is_none() {
        PreparationMeeting meeting = new PreparationMeeting(NINE_O_CLOCK, "  Stadshuset, sal Ljusnan ", " ");

        assertThat(meeting.location()).isEqualTo("Stadshuset, sal Ljusnan");
        assertThat(meeting.note()).isNull();
    }
}
