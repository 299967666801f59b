package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.digiportal.portfolio.domain.ItemSummary;
import se.digiportal.portfolio.domain.PortfolioFilter;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;

@ApplicationScoped
public class JpaPortfolioItemRepository implements PortfolioItemRepository {

    // A constructor expression: the feeds read plain rows in one query, no entities and no lazy children.
    private static final String SUMMARY = "SELECT NEW se.digiportal.portfolio.domain.ItemSummary(i.id, "
            + "i.caseNumber, i.title, i.serviceAreaCode, i.orgUnitId, i.phase, i.pilot, i.entryPath, i.projectLead, "
            + "i.plannedStart, i.plannedEnd, i.currentStatus, i.currentProgress, i.enteredAt, i.updatedAt) "
            + "FROM PortfolioItem i";

    @Inject
    @PortfolioUnit
    EntityManager em;

    @Override
    public Optional<PortfolioItem> find(long id) {
        return Optional.ofNullable(em.find(PortfolioItem.class, id));
    }

    @Override
    public Optional<PortfolioItem> findByCaseNumber(String caseNumber) {
        return em.createQuery("SELECT i FROM PortfolioItem i WHERE i.caseNumber = :n", PortfolioItem.class)
                .setParameter("n", caseNumber).getResultStream().findFirst();
    }

    @Override
    public List<PortfolioItem> findAll() {
        return em.createQuery("SELECT i FROM PortfolioItem i ORDER BY i.caseNumber, i.id", PortfolioItem.class)
                .getResultList();
    }

    @Override
    public PortfolioItem save(PortfolioItem item) {
        PortfolioItem saved = item.id() == null ? persist(item) : em.merge(item);
        // New rows (bookings, reports, benefits) get their identity ids here, before they are handed out.
        em.flush();
        return saved;
    }

    private PortfolioItem persist(PortfolioItem item) {
        em.persist(item);
        return item;
    }

    @Override
    public List<ItemSummary> summaries(PortfolioFilter filter, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        // The fixed-width DIGI-yyyy-nnnn format sorts chronologically as text; the id keeps the order total.
        TypedQuery<ItemSummary> query = em.createQuery(SUMMARY + where(filter, parameters)
                + " ORDER BY i.caseNumber, i.id", ItemSummary.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public Stamp stamp(PortfolioFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM PortfolioItem i" + where(filter, parameters),
                Long.class);
        // Not MAX(): the provider does not run an aggregate through the column's converter reliably.
        TypedQuery<Instant> latest = em.createQuery("SELECT i.updatedAt FROM PortfolioItem i" + where(filter, parameters)
                + " ORDER BY i.updatedAt DESC", Instant.class);
        parameters.forEach(count::setParameter);
        parameters.forEach(latest::setParameter);
        return new Stamp(count.getSingleResult(), latest.setMaxResults(1).getResultStream().findFirst().orElse(null));
    }

    @Override
    public List<ItemSummary> changedSince(Instant since, int max) {
        return em.createQuery(SUMMARY + " WHERE i.updatedAt > :since ORDER BY i.updatedAt, i.id", ItemSummary.class)
                .setParameter("since", since).setMaxResults(max).getResultList();
    }

    private static String where(PortfolioFilter f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (f.status() != null) {
            and(where, "i.currentStatus = :status");
            parameters.put("status", f.status());
        }
        if (f.serviceAreaCode() != null) {
            and(where, "i.serviceAreaCode = :serviceArea");
            parameters.put("serviceArea", f.serviceAreaCode());
        }
        if (f.orgUnitId() != null) {
            and(where, "i.orgUnitId = :orgUnit");
            parameters.put("orgUnit", f.orgUnitId());
        }
        if (f.phase() != null) {
            and(where, "i.phase = :phase");
            parameters.put("phase", f.phase());
        }
        if (f.updatedSince() != null) {
            and(where, "i.updatedAt > :updatedSince");
            parameters.put("updatedSince", f.updatedSince());
        }
        if (f.year() != null) {
            and(where, "(EXISTS (SELECT b.id FROM BudgetLine b WHERE b.item = i AND b.year = :year)"
                    + " OR (i.plannedStart <= :yearEnd AND (i.plannedEnd IS NULL OR i.plannedEnd >= :yearStart)))");
            parameters.put("year", f.year());
            parameters.put("yearStart", LocalDate.of(f.year(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(f.year(), 12, 31));
        }
        return where.toString();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }
}
