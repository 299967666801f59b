package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.Assessment;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Ranking;
import se.digiportal.beredning.domain.RankingRepository;

@ApplicationScoped
public class JpaRankingRepository implements RankingRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public Ranking save(Ranking ranking) {
        if (ranking.id() == null) {
            em.persist(ranking);
            em.flush();
            return ranking;
        }
        return em.merge(ranking);
    }

    @Override
    public Optional<Ranking> find(String serviceAreaCode, int year) {
        return em.createQuery("SELECT r FROM Ranking r WHERE r.serviceAreaCode = :a AND r.rankingYear = :y", Ranking.class)
                .setParameter("a", serviceAreaCode).setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public List<Ranking> findByYear(int year) {
        return em.createQuery("SELECT r FROM Ranking r WHERE r.rankingYear = :y ORDER BY r.serviceAreaCode", Ranking.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public List<PreparationCase> includedUnfrozen(String serviceAreaCode) {
        return em.createQuery("SELECT c FROM PreparationCase c WHERE c.serviceAreaCode = :a"
                        + " AND c.assessment = :include AND c.status NOT IN :closed"
                        + " AND NOT EXISTS (SELECT e FROM RankingEntry e WHERE e.caseId = c.id"
                        + "   AND e.ranking.serviceAreaCode = :a AND e.ranking.frozenAt IS NOT NULL)"
                        + " ORDER BY c.submittedAt, c.id", PreparationCase.class)
                .setParameter("a", serviceAreaCode)
                .setParameter("include", Assessment.INCLUDE)
                .setParameter("closed", List.of(PreparationStatus.REJECTED, PreparationStatus.WITHDRAWN))
                .getResultList();
    }
}
