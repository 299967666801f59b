package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.domain.CouncilReferral;
import se.digiportal.council.domain.CouncilReferralRepository;
import se.digiportal.council.domain.ReferralStatus;

@ApplicationScoped
public class JpaCouncilReferralRepository implements CouncilReferralRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public CouncilReferral save(CouncilReferral referral) {
        if (referral.id() == null) {
            em.persist(referral);
            em.flush();
            return referral;
        }
        return em.merge(referral);
    }

    @Override
    public Optional<CouncilReferral> findById(long id) {
        return Optional.ofNullable(em.find(CouncilReferral.class, id));
    }

    @Override
    public List<CouncilReferral> findToBeScheduled() {
        return em.createQuery("SELECT r FROM CouncilReferral r WHERE r.status = :status"
                        + " ORDER BY r.referredAt, r.id", CouncilReferral.class)
                .setParameter("status", ReferralStatus.TO_BE_SCHEDULED).getResultList();
    }
}
