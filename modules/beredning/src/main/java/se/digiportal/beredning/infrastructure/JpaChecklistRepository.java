package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.ChecklistAnswer;
import se.digiportal.beredning.domain.ChecklistItem;
import se.digiportal.beredning.domain.ChecklistRepository;

@ApplicationScoped
public class JpaChecklistRepository implements ChecklistRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public List<ChecklistItem> activeItems() {
        return em.createQuery("SELECT i FROM ChecklistItem i WHERE i.active = TRUE ORDER BY i.position, i.code",
                ChecklistItem.class).getResultList();
    }

    @Override
    public List<ChecklistAnswer> answers(long caseId) {
        return em.createQuery("SELECT a FROM ChecklistAnswer a WHERE a.caseId = :c", ChecklistAnswer.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<ChecklistAnswer> answer(long caseId, String itemCode) {
        return em.createQuery("SELECT a FROM ChecklistAnswer a WHERE a.caseId = :c AND a.itemCode = :i",
                ChecklistAnswer.class).setParameter("c", caseId).setParameter("i", itemCode)
                .getResultStream().findFirst();
    }

    @Override
    public ChecklistAnswer save(ChecklistAnswer answer) {
        if (answer.id() == null) {
            em.persist(answer);
            return answer;
        }
        return em.merge(answer);
    }

    @Override
    public List<ChecklistItem> allItems() {
        return em.createQuery("SELECT i FROM ChecklistItem i ORDER BY i.position, i.code", ChecklistItem.class)
                .getResultList();
    }

    @Override
    public Optional<ChecklistItem> item(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ChecklistItem.class, code));
    }

    @Override
    public ChecklistItem save(ChecklistItem item) {
        if (em.find(ChecklistItem.class, item.code()) == null) {
            em.persist(item);
            return item;
        }
        return em.merge(item);
    }
}
