package se.digiportal.kernel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import se.digiportal.kernel.api.Role;

/**
 * A person who signs in: name, contact details, home org unit and roles. The server's security realm reads
 * the same rows (username, bcrypt hash, roles), so there is one user store.
 */
@Entity
@Table(name = "kernel_user")
public class UserAccount {

    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,63}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 120)
    private String title;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kernel_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, Long orgUnitId) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("username must be 2-64 of a-z, 0-9, '.', '_' or '-', starting with a letter");
        }
        this.username = username;
        updateProfile(fullName, null, null, null);
        moveTo(orgUnitId);
    }

    public void updateProfile(String fullName, String email, String phone, String title) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("full name is required");
        }
        this.fullName = fullName.trim();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.title = blankToNull(title);
    }

    public void moveTo(Long newOrgUnitId) {
        if (newOrgUnitId == null) {
            throw new IllegalArgumentException("a user belongs to an org unit");
        }
        this.orgUnitId = newOrgUnitId;
    }

    public void grantOnly(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String fullName() { return fullName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String title() { return title; }
    public Long orgUnitId() { return orgUnitId; }
    public boolean active() { return active; }
    public boolean hasPassword() { return passwordHash != null; }
    public Set<Role> roles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
