package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import se.digiportal.portfolio.domain.ReferredCase;
import se.digiportal.portfolio.domain.ReferredCaseRepository;

@ApplicationScoped
public class JpaReferredCaseRepository implements ReferredCaseRepository {

    @Inject
    @PortfolioUnit
    EntityManager em;

    @Override
    public Optional<ReferredCase> find(String caseNumber) {
        return Optional.ofNullable(em.find(ReferredCase.class, caseNumber));
    }

    @Override
    public ReferredCase save(ReferredCase referred) {
        if (em.find(ReferredCase.class, referred.caseNumber()) == null) {
            em.persist(referred);
            return referred;
        }
        return em.merge(referred);
    }
}
