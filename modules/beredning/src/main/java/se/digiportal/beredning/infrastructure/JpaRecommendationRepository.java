package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.digiportal.beredning.domain.Recommendation;
import se.digiportal.beredning.domain.RecommendationRepository;

@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public Recommendation save(Recommendation recommendation) {
        em.persist(recommendation);
        return recommendation;
    }

    @Override
    public List<Recommendation> findByCase(long caseId) {
        return em.createQuery("SELECT r FROM Recommendation r WHERE r.caseId = :c ORDER BY r.givenAt, r.id",
                Recommendation.class).setParameter("c", caseId).getResultList();
    }
}
