package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.QueueQuery;

/** The queue as a Criteria query: only the filters in use become predicates, and the sort is always stable. */
@ApplicationScoped
public class JpaPreparationCaseRepository implements PreparationCaseRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public PreparationCase save(PreparationCase c) {
        if (c.id() == null) {
            em.persist(c);
            em.flush();
            return c;
        }
        return em.merge(c);
    }

    @Override
    public Optional<PreparationCase> findByCaseNumber(String caseNumber) {
        return em.createQuery("SELECT c FROM PreparationCase c WHERE c.caseNumber = :n", PreparationCase.class)
                .setParameter("n", caseNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<PreparationCase> findById(long id) {
        return Optional.ofNullable(em.find(PreparationCase.class, id));
    }

    @Override
    public List<PreparationCase> queue(QueueQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PreparationCase> q = cb.createQuery(PreparationCase.class);
        Root<PreparationCase> c = q.from(PreparationCase.class);
        q.select(c).where(filters(cb, c, query));
        Expression<?> sortBy = c.get(attribute(query.sortField()));
        q.orderBy(query.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(c.get("id")));
        return em.createQuery(q).setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    @Override
    public long count(QueueQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PreparationCase> c = q.from(PreparationCase.class);
        q.select(cb.count(c)).where(filters(cb, c, query));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<PreparationCase> c, QueueQuery query) {
        List<Predicate> p = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            p.add(c.get("status").in(query.statuses()));
        }
        if (query.forvaltningId() != null) {
            p.add(cb.equal(c.get("forvaltningId"), query.forvaltningId()));
        }
        if (query.serviceAreaCode() != null) {
            p.add(cb.equal(c.get("serviceAreaCode"), query.serviceAreaCode()));
        }
        if (query.criteriaMet() != null) {
            p.add(query.criteriaMet() ? cb.greaterThan(c.get("criteriaCount"), 0) : cb.equal(c.get("criteriaCount"), 0));
        }
        if (query.assignee() != null) {
            p.add(query.assignee().isEmpty() ? cb.isNull(c.get("assignee")) : cb.equal(c.get("assignee"), query.assignee()));
        }
        if (query.submittedBefore() != null) {
            p.add(cb.lessThan(c.<Instant>get("submittedAt"), query.submittedBefore()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            p.add(cb.or(cb.like(cb.lower(c.get("caseNumber")), like, '\\'),
                    cb.like(cb.lower(c.get("title")), like, '\\'),
                    cb.like(cb.lower(c.get("contactName")), like, '\\')));
        }
        return p.toArray(Predicate[]::new);
    }

    private static String attribute(QueueQuery.SortField field) {
        return switch (field) {
            case CASE_NUMBER -> "caseNumber";
            case TITLE -> "title";
            case STATUS -> "status";
            case SERVICE_AREA -> "serviceAreaCode";
            case SUBMITTED_AT -> "submittedAt";
            case STATUS_SINCE -> "statusSince";
            case ASSIGNEE -> "assigneeName";
            case CRITERIA -> "criteriaCount";
            case CHECKLIST -> "checklistAnswered";
        };
    }
}
