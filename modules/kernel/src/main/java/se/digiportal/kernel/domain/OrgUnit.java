package se.digiportal.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A förvaltning, verksamhet or enhet. A förvaltning is a root; every other unit has a parent of a higher
 * level. Business modules refer to it by {@link #code()} or id, never by a relationship.
 */
@Entity
@Table(name = "kernel_org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private boolean active = true;

    /** Username of the förvaltningschef; the person told on the förvaltning's behalf (e.g. of a samråd). */
    @Column(name = "manager_username", length = 64)
    private String manager;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
        this.code = requireCode(code);
        rename(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        moveUnder(parent);
    }

    static String requireCode(String code) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
            throw new IllegalArgumentException("org unit code must be 2-32 of A-Z, 0-9, '-' or '_': " + code);
        }
        return code;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("org unit name is required");
        }
        this.name = newName.trim();
    }

    /** A förvaltning has no parent; any other unit needs a parent of a higher level, never itself. */
    public void moveUnder(OrgUnit parent) {
        if (kind == OrgUnitKind.FORVALTNING) {
            if (parent != null) {
                throw new IllegalArgumentException("a förvaltning has no parent");
            }
            this.parentId = null;
            return;
        }
        if (parent == null || !kind.mayBeChildOf(parent.kind)) {
            throw new IllegalArgumentException(kind + " must sit under a unit of a higher level");
        }
        if (id != null && id.equals(parent.id)) {
            throw new IllegalArgumentException("an org unit cannot be its own parent");
        }
        this.parentId = parent.id;
    }

    /** Only a förvaltning has a manager (förvaltningschef); the lower levels answer to theirs. */
    public void assignManager(String username) {
        String u = username == null || username.isBlank() ? null : username.trim();
        if (u != null && kind != OrgUnitKind.FORVALTNING) {
            throw new IllegalArgumentException("only a förvaltning has a manager");
        }
        this.manager = u;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public OrgUnitKind kind() { return kind; }
    public Long parentId() { return parentId; }
    public boolean active() { return active; }
    public String manager() { return manager; }
}
