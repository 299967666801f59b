package se.digiportal.council.application;

import java.time.Instant;
import se.digiportal.council.domain.MeetingStatus;

/** The read models council hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record CouncilMeetingView(long id, Instant startsAt, String location, MeetingStatus status) {
    }
}
