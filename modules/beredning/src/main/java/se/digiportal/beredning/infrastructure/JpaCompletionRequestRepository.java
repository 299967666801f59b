package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.CompletionRequest;
import se.digiportal.beredning.domain.CompletionRequestRepository;

@ApplicationScoped
public class JpaCompletionRequestRepository implements CompletionRequestRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public CompletionRequest save(CompletionRequest request) {
        if (request.id() == null) {
            em.persist(request);
            return request;
        }
        return em.merge(request);
    }

    @Override
    public Optional<CompletionRequest> findPending(long caseId) {
        return em.createQuery("SELECT r FROM CompletionRequest r WHERE r.caseId = :c AND r.state IN :pending"
                        + " ORDER BY r.id DESC", CompletionRequest.class)
                .setParameter("c", caseId)
                .setParameter("pending", List.of(CompletionRequest.State.OPEN, CompletionRequest.State.REMINDED,
                        CompletionRequest.State.PARKED))
                .getResultStream().findFirst();
    }

    @Override
    public List<CompletionRequest> findByCase(long caseId) {
        return em.createQuery("SELECT r FROM CompletionRequest r WHERE r.caseId = :c ORDER BY r.id",
                CompletionRequest.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Long> findPastDeadline(LocalDate today) {
        return em.createQuery("SELECT r.id FROM CompletionRequest r WHERE"
                        + " (r.state = :open AND r.deadline < :today)"
                        + " OR (r.state = :reminded AND r.reminderDeadline < :today) ORDER BY r.id", Long.class)
                .setParameter("open", CompletionRequest.State.OPEN)
                .setParameter("reminded", CompletionRequest.State.REMINDED)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public Optional<CompletionRequest> lock(long id) {
        return Optional.ofNullable(em.find(CompletionRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
