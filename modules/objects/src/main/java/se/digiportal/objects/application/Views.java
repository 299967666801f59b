package se.digiportal.objects.application;

import java.util.List;
import se.digiportal.objects.domain.ObjectRole;

/** The read models objects hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /** A förvaltningsobjekt with its people; {@code missingRoles} is empty when it is ready for an objektplan. */
    public record ManagedObjectView(long id, String name, String description, long orgUnitId, String ownerUsername,
                                    String businessLeadUsername, String itLeadUsername, List<ObjectRole> missingRoles,
                                    boolean readyForPlan) {
    }
}
