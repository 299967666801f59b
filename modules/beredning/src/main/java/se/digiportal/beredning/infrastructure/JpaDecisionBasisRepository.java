package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.DecisionBasis;
import se.digiportal.beredning.domain.DecisionBasisComment;
import se.digiportal.beredning.domain.DecisionBasisRepository;

@ApplicationScoped
public class JpaDecisionBasisRepository implements DecisionBasisRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public DecisionBasis save(DecisionBasis basis) {
        if (basis.id() == null) {
            em.persist(basis);
            em.flush();
            return basis;
        }
        return em.merge(basis);
    }

    @Override
    public Optional<DecisionBasis> findById(long id) {
        return Optional.ofNullable(em.find(DecisionBasis.class, id));
    }

    @Override
    public Optional<DecisionBasis> findByCase(long caseId) {
        return em.createQuery("SELECT d FROM DecisionBasis d WHERE d.caseId = :c ORDER BY d.id DESC", DecisionBasis.class)
                .setParameter("c", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public DecisionBasisComment save(DecisionBasisComment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    @Override
    public List<DecisionBasisComment> comments(long caseId) {
        return em.createQuery("SELECT c FROM DecisionBasisComment c WHERE c.caseId = :c ORDER BY c.writtenAt, c.id",
                DecisionBasisComment.class).setParameter("c", caseId).getResultList();
    }
}
