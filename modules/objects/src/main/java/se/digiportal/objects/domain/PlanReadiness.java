package se.digiportal.objects.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What an object lacks under Nackamodellen: an owner to decide the plan, a lead pair to write it, and two
 * specialists for every system in it. The same list is the warning on the pages and the reason a submit is refused.
 */
public final class PlanReadiness {

    private PlanReadiness() {
    }

    public static List<Gap> gaps(ManagedObject object, List<ItSystem> systems) {
        List<Gap> gaps = new ArrayList<>();
        object.missingRoles().forEach(r -> gaps.add(new Gap(r.name(), null)));
        for (ItSystem system : systems) {
            system.missingSpecialists().forEach(r -> gaps.add(new Gap(r.name(), system.name())));
        }
        return List.copyOf(gaps);
    }
}
