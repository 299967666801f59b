package se.digiportal.council.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CouncilMeetingRepository {

    /** Meetings starting at or after {@code from}, cancelled ones included, earliest first. */
    List<CouncilMeeting> findStartingFrom(Instant from);

    Optional<CouncilMeeting> findById(long id);

    /** The first planned meeting starting after {@code after}. */
    Optional<CouncilMeeting> findNextPlannedAfter(Instant after);

    CouncilMeeting save(CouncilMeeting meeting);

    Optional<AgendaItem> findItem(long itemId);

    /** Decided items, latest first; of one meeting and/or one case when given. */
    List<AgendaItem> findDecided(Long meetingId, String caseNumber);
}
