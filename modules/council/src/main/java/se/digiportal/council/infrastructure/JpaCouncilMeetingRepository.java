package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;

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
}
