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
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("a code is 2-40 capital letters, digits or underscores");
        }
        this.code = code;
        this.active = true;
        revise(label, guidance, position);
    }

    /** Rewords or moves the point; answers already given keep their code. */
    public void revise(String newLabel, String newGuidance, int newPosition) {
        String l = newLabel == null ? "" : newLabel.trim();
        if (l.isEmpty() || l.length() > 200) {
            throw new IllegalArgumentException("a label is 1-200 characters");
        }
        String g = newGuidance == null || newGuidance.isBlank() ? null : newGuidance.trim();
        if (g != null && g.length() > 1000) {
            throw new IllegalArgumentException("guidance is at most 1000 characters");
        }
        this.label = l;
        this.guidance = g;
        this.position = newPosition;
    }

    /** A retired point is no longer asked; its old answers stay. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public String code() { return code; }
    public String label() { return label; }
    public String guidance() { return guidance; }
    public int position() { return position; }
    public boolean active() { return active; }
}
