package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.digiportal.intake.domain.TimelineEntry;
import se.digiportal.intake.domain.TimelineRepository;

@ApplicationScoped
public class JpaTimelineRepository implements TimelineRepository {

    @Inject
    @IntakeUnit
    EntityManager em;

    @Override
    public List<TimelineEntry> findByInitiative(long initiativeId) {
        return em.createQuery("SELECT t FROM TimelineEntry t WHERE t.initiativeId = :id ORDER BY t.occurredAt, t.id",
                TimelineEntry.class).setParameter("id", initiativeId).getResultList();
    }

    @Override
    public void append(TimelineEntry entry) {
        em.persist(entry);
    }
}
