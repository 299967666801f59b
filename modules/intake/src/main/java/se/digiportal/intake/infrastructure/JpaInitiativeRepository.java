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
import se.digiportal.intake.domain.SimilarCase;

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
    public List<SimilarCase> findSimilar(String text, double minRelevance, int limit) {
        String query = text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim();
        if (query.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT case_number, title, service_area_code, score FROM ("
                        + " SELECT case_number, title, service_area_code,"
                        + " MATCH(title, need, proposed_solution) AGAINST (?1 IN NATURAL LANGUAGE MODE) AS score"
                        + " FROM intake_initiative WHERE status <> 'DRAFT' AND case_number IS NOT NULL) s"
                        + " WHERE score >= ?2 ORDER BY score DESC, case_number DESC LIMIT ?3")
                .setParameter(1, query).setParameter(2, minRelevance).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new SimilarCase((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
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
