package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.AgendaItem;
import se.digiportal.beredning.domain.AgendaItemRepository;

@ApplicationScoped
public class JpaAgendaItemRepository implements AgendaItemRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public AgendaItem save(AgendaItem item) {
        if (item.id() == null) {
            em.persist(item);
            em.flush();
            return item;
        }
        return em.merge(item);
    }

    @Override
    public Optional<AgendaItem> findById(long id) {
        return Optional.ofNullable(em.find(AgendaItem.class, id));
    }

    @Override
    public List<AgendaItem> findByMeeting(long meetingId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.meetingId = :m ORDER BY a.position, a.id",
                AgendaItem.class).setParameter("m", meetingId).getResultList();
    }

    @Override
    public List<AgendaItem> findByCase(long caseId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.caseId = :c ORDER BY a.bookedAt, a.id",
                AgendaItem.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public int lastPosition(long meetingId) {
        Integer max = em.createQuery("SELECT MAX(a.position) FROM AgendaItem a WHERE a.meetingId = :m", Integer.class)
                .setParameter("m", meetingId).getSingleResult();
        return max == null ? 0 : max;
    }
}
