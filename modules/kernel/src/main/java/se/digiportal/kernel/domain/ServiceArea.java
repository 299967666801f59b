package se.digiportal.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A tjänsteområde (seed 003): every case belongs to one. The code is the stable identifier other systems
 * integrate against (PEDAGOGICAL, SOCIAL, ...); names are editable by an administrator.
 */
@Entity
@Table(name = "kernel_service_area")
public class ServiceArea {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 120)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(length = 1000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceArea() {
    }

    public ServiceArea(String code, String nameSv, String nameEn, int sortOrder) {
        if (code == null || !code.matches("[A-Z][A-Z_]{1,31}")) {
            throw new IllegalArgumentException("service area code must be 2-32 of A-Z or '_': " + code);
        }
        this.code = code;
        this.sortOrder = sortOrder;
        describe(nameSv, nameEn, null);
    }

    public void describe(String nameSv, String nameEn, String description) {
        if (nameSv == null || nameSv.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a service area needs a Swedish and an English name");
        }
        this.nameSv = nameSv.trim();
        this.nameEn = nameEn.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public void setActive(boolean active) { this.active = active; }

    public String code() { return code; }
    public String nameSv() { return nameSv; }
    public String nameEn() { return nameEn; }
    public String description() { return description; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
}
