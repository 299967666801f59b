package se.digiportal.council.domain;

import java.time.Instant;
import java.util.List;

public interface CouncilMeetingRepository {

    /** Meetings starting at or after {@code from}, cancelled ones included, earliest first. */
    List<CouncilMeeting> findStartingFrom(Instant from);
}
