package se.digiportal.beredning.domain;

import java.time.Instant;
import java.util.List;

public interface PreparationMeetingRepository {

    /** Meetings starting at or after {@code from}, earliest first. */
    List<PreparationMeeting> findStartingFrom(Instant from);
}
