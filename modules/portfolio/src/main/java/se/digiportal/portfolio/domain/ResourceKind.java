package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of resource the project office books (projektledare, jurist, ...) with its usual capacity per month. */
@Entity
@Table(name = "portfolio_resource_kind")
public class ResourceKind {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 100)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "monthly_capacity_hours", nullable = false)
    private int monthlyCapacityHours;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ResourceKind() {
    }

    public ResourceKind(String code, String nameSv, String nameEn, int monthlyCapacityHours, int sortOrder) {
        this.code = code;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.monthlyCapacityHours = monthlyCapacityHours;
        this.sortOrder = sortOrder;
    }

    public String code() { return code; }
    public String nameSv() { return nameSv; }
    public String nameEn() { return nameEn; }
    public int monthlyCapacityHours() { return monthlyCapacityHours; }
    public int sortOrder() { return sortOrder; }
}
