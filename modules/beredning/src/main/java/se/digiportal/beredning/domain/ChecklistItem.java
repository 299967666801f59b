package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One point of the beredningsgrupp's quality-assurance checklist. The checklist is data (ARCHITECTURE.md rule 8):
 * points can be added, reworded, reordered or retired without a release; answers keep the code they were given to.
 */
@Entity
@Table(name = "beredning_checklist_item")
public class ChecklistItem {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(length = 1000)
    private String guidance;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected ChecklistItem() {
    }

    public ChecklistItem(String code, String label, String guidance, int position) {
        this.code = code;
        this.label = label;
        this.guidance = guidance;
        this.position = position;
        this.active = true;
    }

    public String code() { return code; }
    public String label() { return label; }
    public String guidance() { return guidance; }
    public int position() { return position; }
    public boolean active() { return active; }
}
