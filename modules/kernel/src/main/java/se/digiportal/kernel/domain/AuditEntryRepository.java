package se.digiportal.kernel.domain;

import java.util.List;

/** Append and read only: the audit trail has no update or delete. */
public interface AuditEntryRepository {
    void append(AuditEntry entry);

    /** Newest first; blank criteria match everything. */
    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);

    record AuditQuery(String entityType, String entityId, String actor) {
        public static AuditQuery all() {
            return new AuditQuery(null, null, null);
        }
    }
}
