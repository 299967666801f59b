package se.digiportal.beredning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PreparationMeetingRepository {

    /** Meetings starting at or after {@code from}, earliest first. */
    List<PreparationMeeting> findStartingFrom(Instant from);

    /** Meetings that started before {@code before}, latest first, at most {@code max}. */
    List<PreparationMeeting> findStartedBefore(Instant before, int max);

    /** The first meeting starting strictly after {@code after}: "the next meeting". */
    Optional<PreparationMeeting> findFirstStartingAfter(Instant after);

    Optional<PreparationMeeting> findById(long id);

    PreparationMeeting save(PreparationMeeting meeting);
}
