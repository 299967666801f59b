package se.digiportal.intake.api;

import java.util.List;

/**
 * What the later modules need to know of a submitted initiative to queue, route and follow it, as it stood when it
 * was submitted or last completed. The full text stays in intake.
 *
 * @param contactEmail       where reminders and invitations go (the template's contact person)
 * @param affectedOrgUnits   codes of the other verksamheter the initiative concerns
 * @param newItSupport       the template's "new IT support or system" answer: an IT procurement needs samråd
 * @param criteria           codes of the met criteria, in the rule's order
 */
public record InitiativeFacts(String title, String serviceAreaCode, long orgUnitId, String submittedBy,
                              String contactName, String contactEmail, String responsibleDirector,
                              Integer estimatedTotalHours, List<String> affectedOrgUnits, boolean newItSupport,
                              boolean newIntegrations, boolean externalProcessing, boolean financingClear,
                              boolean pilot, List<String> criteria) {
    public InitiativeFacts {
        affectedOrgUnits = List.copyOf(affectedOrgUnits);
        criteria = List.copyOf(criteria);
    }
}
