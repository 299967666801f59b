package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.kernel.domain.AuditEntry;
import se.digiportal.kernel.domain.AuditEntryRepository;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        Map<String, String> params = new LinkedHashMap<>();
        String where = where(query, params);
        TypedQuery<AuditEntry> q = em.createQuery(
                "SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(AuditQuery query, Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        add(sb, params, "a.entityType", "entityType", query.entityType());
        add(sb, params, "a.entityId", "entityId", query.entityId());
        add(sb, params, "a.actor", "actor", query.actor());
        return sb.toString();
    }

    private static void add(StringBuilder sb, Map<String, String> params, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(sb.isEmpty() ? " WHERE " : " AND ").append(path).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }
}
