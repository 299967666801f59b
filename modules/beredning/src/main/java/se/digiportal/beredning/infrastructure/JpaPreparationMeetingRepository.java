package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
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
}
