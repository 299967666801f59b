package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.objects.domain.InventoryRepository;
import se.digiportal.objects.domain.InventoryRound;
import se.digiportal.objects.domain.InventoryTask;

@ApplicationScoped
public class JpaInventoryRepository implements InventoryRepository {

    @Inject
    @ObjectsUnit
    EntityManager em;

    @Override
    public Optional<InventoryRound> findRound(long id) {
        return Optional.ofNullable(em.find(InventoryRound.class, id));
    }

    @Override
    public List<InventoryRound> findRounds() {
        return em.createQuery("SELECT r FROM InventoryRound r ORDER BY r.openedAt DESC, r.id DESC", InventoryRound.class)
                .getResultList();
    }

    @Override
    public List<InventoryRound> findOpenRounds() {
        return em.createQuery("SELECT r FROM InventoryRound r WHERE r.closedAt IS NULL ORDER BY r.id", InventoryRound.class)
                .getResultList();
    }

    @Override
    public List<InventoryTask> findTasks(long roundId) {
        return em.createQuery("SELECT t FROM InventoryTask t WHERE t.roundId = :id ORDER BY t.systemName", InventoryTask.class)
                .setParameter("id", roundId).getResultList();
    }

    @Override
    public Optional<InventoryTask> findTask(long id) {
        return Optional.ofNullable(em.find(InventoryTask.class, id));
    }

    @Override
    public List<InventoryTask> findOpenTasksOf(String username) {
        return em.createQuery("SELECT t FROM InventoryTask t, InventoryRound r WHERE r.id = t.roundId AND r.closedAt IS NULL"
                        + " AND (t.businessUsername = :u OR t.itUsername = :u) ORDER BY t.roundId, t.systemName",
                        InventoryTask.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public void save(InventoryRound round) {
        if (round.id() == null) {
            em.persist(round);
        }
        em.flush();
    }

    @Override
    public void save(InventoryTask task) {
        if (task.id() == null) {
            em.persist(task);
        }
        em.flush();
    }
}
