package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.domain.MinutesCorrection;
import se.digiportal.council.domain.MinutesCorrectionRepository;

@ApplicationScoped
public class JpaMinutesCorrectionRepository implements MinutesCorrectionRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public List<MinutesCorrection> findByMinutes(long minutesId) {
        return em.createQuery("SELECT c FROM MinutesCorrection c WHERE c.minutesId = :minutes ORDER BY c.id",
                MinutesCorrection.class).setParameter("minutes", minutesId).getResultList();
    }

    @Override
    public Optional<MinutesCorrection> findById(long id) {
        return Optional.ofNullable(em.find(MinutesCorrection.class, id));
    }

    @Override
    public MinutesCorrection save(MinutesCorrection correction) {
        if (correction.id() == null) {
            em.persist(correction);
            em.flush();
            return correction;
        }
        return em.merge(correction);
    }
}
