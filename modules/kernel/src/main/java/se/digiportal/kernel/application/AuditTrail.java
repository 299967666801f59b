package se.digiportal.kernel.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import se.digiportal.kernel.api.Correlation;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.AuditEntryView;
import se.digiportal.kernel.application.Views.Page;
import se.digiportal.kernel.domain.AuditEntry;
import se.digiportal.kernel.domain.AuditEntryRepository;
import se.digiportal.kernel.domain.AuditEntryRepository.AuditQuery;
import se.digiportal.kernel.domain.Changes;

/**
 * The audit trail: every change to a case or to the administration is recorded here, in the same transaction
 * as the change itself (so there is never a change without its row, nor a row without its change).
 */
@Stateless
public class AuditTrail {

    /** The actor recorded for work the system does by itself (timers, migrations). */
    public static final String SYSTEM = "system";

    @Resource
    SessionContext context;

    @Inject
    AuditEntryRepository entries;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Changes changes) {
        entries.append(new AuditEntry(clock.instant(), actor(), entityType, String.valueOf(entityId), action,
                changes, Correlation.current()));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Page<AuditEntryView> search(AuditQuery query, int first, int max) {
        var items = entries.search(query, first, Math.min(max, 500)).stream()
                .map(e -> new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(),
                        e.action(), e.changes().fields(), e.correlationId()))
                .toList();
        return new Page<>(items, entries.count(query));
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
