package se.digiportal.kernel.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.domain.FieldChange;
import se.digiportal.kernel.domain.OrgUnitKind;
import se.digiportal.kernel.domain.SettingKey;
import se.digiportal.kernel.domain.SettingType;

/** The read models the kernel hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record OrgUnitView(long id, String code, String name, OrgUnitKind kind, Long parentId,
                              String parentName, boolean active, String manager) {
    }

    public record ServiceAreaView(String code, String nameSv, String nameEn, String description, int sortOrder,
                                  boolean active) {
    }

    public record UserView(long id, String username, String fullName, String email, String phone, String title,
                           long orgUnitId, String orgUnitName, Set<Role> roles, boolean active) {
    }

    /** The signed-in person, as the layout and the modules need them. */
    public record UserProfile(String username, String fullName, String email, String phone, long orgUnitId,
                              String orgUnitCode, String orgUnitName, Set<Role> roles) {
        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    public record SettingView(SettingKey key, SettingType type, String value, String defaultValue,
                              Instant updatedAt, String updatedBy) {
        public boolean isDefault() {
            return updatedAt == null;
        }
    }

    public record AuditEntryView(long id, Instant occurredAt, String actor, String entityType, String entityId,
                                 String action, List<FieldChange> changes, String correlationId) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    /** A person as other modules show them: who, and where to mail them. */
    public record Person(String username, String fullName, String email) {
    }
}
