package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.intake.domain.ThreadMessage;
import se.digiportal.intake.domain.CompletionRequest;
import se.digiportal.intake.domain.CorrespondenceRepository;
import se.digiportal.intake.domain.InitiativeVersion;

@ApplicationScoped
public class JpaCorrespondenceRepository implements CorrespondenceRepository {

    @Inject
    @IntakeUnit
    EntityManager em;

    @Override
    public Optional<CompletionRequest> findOpenRequest(long initiativeId) {
        return em.createQuery("SELECT r FROM CompletionRequest r WHERE r.initiativeId = :id AND r.answeredAt IS NULL"
                        + " ORDER BY r.requestedAt DESC, r.id DESC", CompletionRequest.class)
                .setParameter("id", initiativeId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void save(CompletionRequest request) {
        if (request.id() == null) {
            em.persist(request);
        }
        em.flush();
    }

    @Override
    public List<InitiativeVersion> findVersions(long initiativeId) {
        return em.createQuery("SELECT v FROM InitiativeVersion v WHERE v.initiativeId = :id ORDER BY v.number",
                InitiativeVersion.class).setParameter("id", initiativeId).getResultList();
    }

    @Override
    public Optional<InitiativeVersion> findVersion(long initiativeId, int number) {
        return em.createQuery("SELECT v FROM InitiativeVersion v WHERE v.initiativeId = :id AND v.number = :n",
                InitiativeVersion.class).setParameter("id", initiativeId).setParameter("n", number)
                .getResultStream().findFirst();
    }

    @Override
    public void append(InitiativeVersion version) {
        em.persist(version);
        // Now, so a second completion racing for the same number fails on the unique key inside the use case.
        em.flush();
    }

    @Override
    public List<ThreadMessage> findMessages(long initiativeId) {
        return em.createQuery("SELECT m FROM ThreadMessage m WHERE m.initiativeId = :id ORDER BY m.sentAt, m.id",
                ThreadMessage.class).setParameter("id", initiativeId).getResultList();
    }

    @Override
    public void append(ThreadMessage message) {
        em.persist(message);
        em.flush();
    }
}
