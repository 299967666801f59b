package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.PreparationMeeting;
import se.digiportal.beredning.domain.PreparationMeetingRepository;

@ApplicationScoped
public class JpaPreparationMeetingRepository implements PreparationMeetingRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public List<PreparationMeeting> findStartingFrom(Instant from) {
        return em.createQuery("SELECT m FROM PreparationMeeting m WHERE m.startsAt >= :from"
                        + " ORDER BY m.startsAt, m.id", PreparationMeeting.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public List<PreparationMeeting> findStartedBefore(Instant before, int max) {
        return em.createQuery("SELECT m FROM PreparationMeeting m WHERE m.startsAt < :before"
                        + " ORDER BY m.startsAt DESC, m.id DESC", PreparationMeeting.class)
                .setParameter("before", before).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<PreparationMeeting> findFirstStartingAfter(Instant after) {
        return em.createQuery("SELECT m FROM PreparationMeeting m WHERE m.startsAt > :after"
                        + " ORDER BY m.startsAt, m.id", PreparationMeeting.class)
                .setParameter("after", after).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<PreparationMeeting> findById(long id) {
        return Optional.ofNullable(em.find(PreparationMeeting.class, id));
    }

    @Override
    public PreparationMeeting save(PreparationMeeting meeting) {
        if (meeting.id() == null) {
            em.persist(meeting);
            em.flush();
            return meeting;
        }
        // Flushed at once: the version is the SEQUENCE of the updated invitations.
        PreparationMeeting merged = em.merge(meeting);
        em.flush();
        return merged;
    }
}
