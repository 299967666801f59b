package se.digiportal.intake.domain;

import java.util.Map;
import java.util.Set;

/**
 * The answers the criteria depend on. A null answer means "not answered yet": it meets no criterion, so the
 * live panel only reports what the submitter has actually said.
 */
public record CriteriaAnswers(Integer estimatedTotalHours, Map<SharedResource, Integer> sharedResourceHours,
                              Boolean financingClear, Boolean newItSupport, Boolean newIntegrations,
                              Boolean externalProcessing, String orgUnit, Set<String> affectedOrgUnits) {

    public CriteriaAnswers {
        // A field left empty arrives as a null value: it counts as no hours, not as a broken answer.
        Map<SharedResource, Integer> hours = new java.util.EnumMap<>(SharedResource.class);
        if (sharedResourceHours != null) {
            sharedResourceHours.forEach((k, v) -> {
                if (k != null && v != null) {
                    hours.put(k, v);
                }
            });
        }
        sharedResourceHours = Map.copyOf(hours);
        affectedOrgUnits = affectedOrgUnits == null ? Set.of() : Set.copyOf(affectedOrgUnits);
    }

    /** Hours from all shared resources together; criterion 1 is about the municipality's total load. */
    public int sharedHoursTotal() {
        return sharedResourceHours.values().stream().filter(h -> h != null && h > 0).mapToInt(Integer::intValue).sum();
    }
}
