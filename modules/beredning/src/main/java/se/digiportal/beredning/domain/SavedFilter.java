package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A beredare's own named queue filter, to come back to the same view of the queue in one click. */
@Entity
@Table(name = "beredning_saved_filter")
public class SavedFilter {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = 300)
    private String statuses;

    @Column(name = "forvaltning_id")
    private Long forvaltningId;

    @Column(name = "service_area_code", length = 32)
    private String serviceAreaCode;

    @Column(name = "criteria_met")
    private Boolean criteriaMet;

    @Column(length = 64)
    private String assignee;

    @Column(name = "older_than_days")
    private Integer olderThanDays;

    @Column(name = "free_text", length = 200)
    private String text;

    protected SavedFilter() {
    }

    public SavedFilter(String owner, String name, List<String> statuses, Long forvaltningId, String serviceAreaCode,
                       Boolean criteriaMet, String assignee, Integer olderThanDays, String text) {
        this.owner = Objects.requireNonNull(owner, "owner");
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a saved filter needs a name of 1 to " + NAME_MAX_LENGTH + " characters");
        }
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("free text is longer than 200 characters");
        }
        this.name = n;
        this.statuses = statuses == null || statuses.isEmpty() ? null : String.join(",", statuses);
        this.forvaltningId = forvaltningId;
        this.serviceAreaCode = serviceAreaCode;
        this.criteriaMet = criteriaMet;
        this.assignee = assignee;
        this.olderThanDays = olderThanDays;
        this.text = text;
    }

    public Long id() { return id; }
    public String owner() { return owner; }
    public String name() { return name; }
    public List<String> statuses() { return statuses == null ? List.of() : Arrays.asList(statuses.split(",")); }
    public Long forvaltningId() { return forvaltningId; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public Boolean criteriaMet() { return criteriaMet; }
    public String assignee() { return assignee; }
    public Integer olderThanDays() { return olderThanDays; }
    public String text() { return text; }
}
