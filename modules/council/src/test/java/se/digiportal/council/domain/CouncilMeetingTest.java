package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CouncilMeetingTest {

    private static final Instant ONE_O_CLOCK = Instant.parse("2026-12-08T12:00:00Z");

    private static CouncilMeeting planned() {
        return new CouncilMeeting(ONE_O_CLOCK, "Stadshuset, kommunstyrelsesalen");
    }

    @Test
    void a_new_meeting_is_planned() {
        assertThat(planned().status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void a_planned_meeting_can_be_cancelled() {
        CouncilMeeting meeting = planned();

        meeting.cancel();

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void a_cancelled_meeting_cannot_be_cancelled_again() {
        CouncilMeeting meeting = planned();
        meeting.cancel();

        assertThatThrownBy(meeting::cancel).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_meeting_that_has_been_held_cannot_be_cancelled() {
        CouncilMeeting meeting = planned();
        meeting.markHeld();

        assertThatThrownBy(meeting::cancel).isInstanceOf(IllegalStateException.class);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void a_cancelled_meeting_cannot_be_held() {
        CouncilMeeting meeting = planned();
        meeting.cancel();

        assertThatThrownBy(meeting::markHeld).isInstanceOf(IllegalStateException.class);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void a_meeting_requires_a_location() {
        assertThatThrownBy(() -> new CouncilMeeting(ONE_O_CLOCK, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
