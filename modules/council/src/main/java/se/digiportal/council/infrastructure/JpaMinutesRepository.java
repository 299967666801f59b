package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesRepository;

@ApplicationScoped
public class JpaMinutesRepository implements MinutesRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public Optional<Minutes> findByMeeting(long meetingId) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meetingId = :meeting", Minutes.class)
                .setParameter("meeting", meetingId).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Minutes> findById(long id) {
        return Optional.ofNullable(em.find(Minutes.class, id));
    }

    @Override
    public Minutes save(Minutes minutes) {
        if (minutes.id() == null) {
            em.persist(minutes);
            em.flush();
            return minutes;
        }
        return em.merge(minutes);
    }
}
