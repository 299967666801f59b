package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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
}
