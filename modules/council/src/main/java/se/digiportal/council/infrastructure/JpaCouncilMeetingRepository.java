package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.MeetingStatus;

@ApplicationScoped
public class JpaCouncilMeetingRepository implements CouncilMeetingRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public List<CouncilMeeting> findStartingFrom(Instant from) {
        return em.createQuery("SELECT m FROM CouncilMeeting m WHERE m.startsAt >= :from"
                        + " ORDER BY m.startsAt, m.id", CouncilMeeting.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public Optional<CouncilMeeting> findById(long id) {
        return Optional.ofNullable(em.find(CouncilMeeting.class, id));
    }

    @Override
    public Optional<CouncilMeeting> findNextPlannedAfter(Instant after) {
        return em.createQuery("SELECT m FROM CouncilMeeting m WHERE m.startsAt > :after AND m.status = :planned"
                        + " ORDER BY m.startsAt, m.id", CouncilMeeting.class)
                .setParameter("after", after).setParameter("planned", MeetingStatus.PLANNED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public CouncilMeeting save(CouncilMeeting meeting) {
        if (meeting.id() == null) {
            em.persist(meeting);
            em.flush();
            return meeting;
        }
        if (em.contains(meeting)) {
            // New agenda items are persisted by cascade at flush; flushing now gives them their ids.
            em.flush();
            return meeting;
        }
        return em.merge(meeting);
    }

    @Override
    public Optional<AgendaItem> findItem(long itemId) {
        return Optional.ofNullable(em.find(AgendaItem.class, itemId));
    }

    @Override
    public List<AgendaItem> findDecided(Long meetingId, String caseNumber) {
        String where = (meetingId == null ? "" : " AND i.meeting.id = :meeting")
                + (caseNumber == null ? "" : " AND i.referral.caseNumber = :caseNumber");
        var query = em.createQuery("SELECT i FROM AgendaItem i WHERE i.decision.decidedAt IS NOT NULL" + where
                + " ORDER BY i.decision.decidedAt DESC, i.id DESC", AgendaItem.class).setMaxResults(500);
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        if (caseNumber != null) {
            query.setParameter("caseNumber", caseNumber);
        }
        return query.getResultList();
    }
}
