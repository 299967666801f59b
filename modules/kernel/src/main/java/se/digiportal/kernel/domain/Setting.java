package se.digiportal.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stored value for a {@link SettingKey}; absent rows mean the default applies. */
@Entity
@Table(name = "kernel_setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected Setting() {
    }

    public Setting(SettingKey key) {
        this.key = key.name();
        this.value = key.defaultValue();
    }

    public void change(String newValue, Instant at, String by) {
        String trimmed = newValue == null ? null : newValue.trim();
        if (!key().type().accepts(trimmed)) {
            throw new IllegalArgumentException("invalid value for " + key + ": " + newValue);
        }
        this.value = trimmed;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public SettingKey key() { return SettingKey.valueOf(key); }
    public String value() { return value; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
