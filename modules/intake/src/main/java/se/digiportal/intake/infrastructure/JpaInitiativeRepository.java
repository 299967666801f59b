package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.InitiativeStatus;

@ApplicationScoped
public class JpaInitiativeRepository implements InitiativeRepository {

    @Inject
    @IntakeUnit
    EntityManager em;

    @Override
    public List<Initiative> findBySubmitter(String username) {
        return em.createQuery("SELECT i FROM Initiative i WHERE i.submittedBy = :username"
                        + " ORDER BY i.createdAt DESC, i.id DESC", Initiative.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public List<Initiative> findByStatus(InitiativeStatus status) {
        return em.createQuery("SELECT i FROM Initiative i WHERE i.status = :status"
                        + " ORDER BY i.submittedAt DESC, i.id DESC", Initiative.class)
                .setParameter("status", status).getResultList();
    }

    @Override
    public List<Initiative> findSubmittedInOrgUnits(Collection<Long> orgUnitIds) {
        if (orgUnitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Initiative i WHERE i.orgUnitId IN :units AND i.status <> :draft"
                        + " ORDER BY i.submittedAt DESC, i.id DESC", Initiative.class)
                .setParameter("units", orgUnitIds).setParameter("draft", InitiativeStatus.DRAFT).getResultList();
    }

    @Override
    public Optional<Initiative> findById(long id) {
        return Optional.ofNullable(em.find(Initiative.class, id));
    }

    @Override
    public Optional<Initiative> findByCaseNumber(String caseNumber) {
        return em.createQuery("SELECT i FROM Initiative i WHERE i.caseNumber = :number", Initiative.class)
                .setParameter("number", caseNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<Initiative> findByIdempotencyKey(String submittedBy, String key) {
        return em.createQuery("SELECT i FROM Initiative i WHERE i.submittedBy = :user AND i.idempotencyKey = :key",
                        Initiative.class)
                .setParameter("user", submittedBy).setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public void save(Initiative initiative) {
        if (initiative.id() == null) {
            em.persist(initiative);
        }
        // Flush now: a second submit under the same idempotency key must fail here, inside the use case.
        em.flush();
    }

    @Override
    public void delete(Initiative initiative) {
        em.remove(initiative);
    }
}
