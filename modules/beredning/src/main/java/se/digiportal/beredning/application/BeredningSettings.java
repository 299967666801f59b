package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.beredning.application.Views.ChecklistItemView;
import se.digiportal.beredning.application.Views.HandlingTargetView;
import se.digiportal.beredning.domain.ChecklistItem;
import se.digiportal.beredning.domain.ChecklistRepository;
import se.digiportal.beredning.domain.HandlingTarget;
import se.digiportal.beredning.domain.HandlingTargetRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;

/**
 * The beredningsgrupp's own configuration (ARCHITECTURE.md rule 8): the points of the quality-assurance checklist
 * and the handling-time targets per status. The group owns its way of working, so PREPARER changes it, audited.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class BeredningSettings {

    @Inject
    ChecklistRepository checklist;

    @Inject
    HandlingTargetRepository targets;

    @Inject
    AuditTrail audit;

    public List<ChecklistItemView> checklistItems() {
        return checklist.allItems().stream().map(BeredningSettings::view).toList();
    }

    /** Adds a point (code null or new) or rewords, moves, retires or revives one. */
    public ChecklistItemView saveChecklistItem(String code, String label, String guidance, int position, boolean active) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        ChecklistItem item = checklist.item(c).orElse(null);
        Map<String, Object> before = item == null ? Map.of() : snapshot(item);
        try {
            if (item == null) {
                item = new ChecklistItem(c, label, guidance, position);
            } else {
                item.revise(label, guidance, position);
            }
        } catch (IllegalArgumentException e) {
            String field = item == null && !c.matches("[A-Z][A-Z0-9_]{1,39}") ? "code"
                    : label == null || label.isBlank() || label.trim().length() > 200 ? "label" : "guidance";
            throw InvalidInputException.of(field, "beredning.settings.error." + field);
        }
        item.setActive(active);
        checklist.save(item);
        audit.record("ChecklistItem", item.code(), before.isEmpty() ? "CHECKLIST_ITEM_ADDED" : "CHECKLIST_ITEM_CHANGED",
                Changes.between(before, snapshot(item)));
        return view(item);
    }

    /** The target per status; statuses without one are never overdue. */
    public List<HandlingTargetView> handlingTargets() {
        Map<PreparationStatus, Integer> days = new EnumMap<>(PreparationStatus.class);
        targets.findAll().forEach(t -> days.put(t.status(), t.workingDays()));
        return Arrays.stream(PreparationStatus.values()).filter(PreparationStatus::isOpen)
                .map(s -> new HandlingTargetView(s.name(), days.get(s))).toList();
    }

    /** Sets (or with null removes) the target of an open status. */
    public List<HandlingTargetView> setHandlingTarget(String status, Integer workingDays) {
        PreparationStatus s;
        try {
            s = PreparationStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("status " + status);
        }
        if (!s.isOpen()) {
            throw InvalidInputException.of("status", "beredning.settings.error.status");
        }
        HandlingTarget current = targets.findAll().stream().filter(t -> t.status() == s).findFirst().orElse(null);
        Object before = current == null ? null : current.workingDays();
        if (workingDays == null) {
            if (current != null) {
                targets.delete(current);
            }
        } else {
            try {
                if (current == null) {
                    targets.save(new HandlingTarget(s, workingDays));
                } else {
                    current.change(workingDays);
                    targets.save(current);
                }
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("workingDays", "beredning.settings.error.workingDays");
            }
        }
        audit.record("HandlingTarget", s.name(), "HANDLING_TARGET_SET", Changes.of("workingDays", before, workingDays));
        return handlingTargets();
    }

    private static ChecklistItemView view(ChecklistItem i) {
        return new ChecklistItemView(i.code(), i.label(), i.guidance(), i.position(), i.active());
    }

    private static Map<String, Object> snapshot(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", i.label());
        m.put("guidance", i.guidance());
        m.put("position", i.position());
        m.put("active", i.active());
        return m;
    }
}
