package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** The cases booked on meetings. */
public interface AgendaItemRepository {

    AgendaItem save(AgendaItem item);

    Optional<AgendaItem> findById(long id);

    /** A meeting's agenda in order. */
    List<AgendaItem> findByMeeting(long meetingId);

    /** Where a case is booked, latest meeting first is up to the caller; in booking order here. */
    List<AgendaItem> findByCase(long caseId);

    /** The last position used on a meeting's agenda, 0 when it is empty. */
    int lastPosition(long meetingId);
}
