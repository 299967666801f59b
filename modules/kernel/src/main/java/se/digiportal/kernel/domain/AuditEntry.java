package se.digiportal.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only audit trail: who did what to which entity, when (UTC), with the changed fields.
 * It has no mutators and every column is insert-only; database triggers refuse UPDATE and DELETE as well,
 * so the trail cannot be edited through the application.
 */
@Entity
@Table(name = "kernel_audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Lob
    @Column(name = "changes", updatable = false)
    private String changesJson;

    @Column(name = "correlation_id", updatable = false, length = 64)
    private String correlationId;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String entityType, String entityId, String action,
                      Changes changes, String correlationId) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = requireText(actor, "actor");
        this.entityType = requireText(entityType, "entityType");
        this.entityId = requireText(entityId, "entityId");
        this.action = requireText(action, "action");
        this.changesJson = (changes == null ? Changes.none() : changes).toJson();
        this.correlationId = correlationId;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String entityType() { return entityType; }
    public String entityId() { return entityId; }
    public String action() { return action; }
    public Changes changes() { return Changes.fromJson(changesJson); }
    public String correlationId() { return correlationId; }
}
