package se.digiportal.web.beredning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.digiportal.beredning.application.BeredningSettings;
import se.digiportal.beredning.application.Views.ChecklistItemView;
import se.digiportal.beredning.application.Views.HandlingTargetView;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.web.faces.FacesMessages;

/** The beredningsgrupp's settings page: the checklist's points and the handling-time targets. */
@Named
@ViewScoped
public class BeredningSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeredningSettings settings;

    @Inject
    transient FacesMessages messages;

    private List<Item> items;
    private List<Target> targets;
    private final Item added = new Item();

    @PostConstruct
    void load() {
        items = new ArrayList<>(settings.checklistItems().stream().map(Item::of).toList());
        targets = new ArrayList<>(settings.handlingTargets().stream().map(Target::of).toList());
        added.position = items.stream().mapToInt(i -> i.position).max().orElse(0) + 10;
        added.active = true;
    }

    public void save(Item item) {
        try {
            settings.saveChecklistItem(item.code, item.label, item.guidance, item.position, item.active);
            messages.info("beredning.settings.saved");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("checklistSettings", e);
        }
    }

    public void add() {
        try {
            settings.saveChecklistItem(added.code, added.label, added.guidance, added.position, true);
            messages.info("beredning.settings.saved");
            added.code = null;
            added.label = null;
            added.guidance = null;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("addItem", e);
        }
    }

    public void saveTargets() {
        try {
            for (Target t : targets) {
                settings.setHandlingTarget(t.status, t.workingDays);
            }
            messages.info("beredning.settings.saved");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("targetSettings", e);
        }
    }

    public List<Item> getItems() { return items; }
    public List<Target> getTargets() { return targets; }
    public Item getAdded() { return added; }

    /** One editable point. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String label;
        String guidance;
        int position;
        boolean active;

        static Item of(ChecklistItemView v) {
            Item i = new Item();
            i.code = v.code();
            i.label = v.label();
            i.guidance = v.guidance();
            i.position = v.position();
            i.active = v.active();
            return i;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
        public int getPosition() { return position; }
        public void setPosition(int position) { this.position = position; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    /** One status's target. */
    public static class Target implements Serializable {
        private static final long serialVersionUID = 1L;
        String status;
        Integer workingDays;

        static Target of(HandlingTargetView v) {
            Target t = new Target();
            t.status = v.status();
            t.workingDays = v.workingDays();
            return t;
        }

        public String getStatus() { return status; }
        public Integer getWorkingDays() { return workingDays; }
        public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    }
}
