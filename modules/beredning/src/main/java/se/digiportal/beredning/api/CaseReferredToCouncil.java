package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when a case's underlag is published and the case goes to digitaliseringsrådet for a decision. The
 * council module puts it on its "to be scheduled" list; the underlag PDF is read through {@link DecisionBases}.
 *
 * @param underlagId the published underlag (decision basis) of the case
 */
public record CaseReferredToCouncil(String caseNumber, String title, String serviceAreaCode, long orgUnitId,
                                    long underlagId, String proposedDecision, String motivation, String referredBy,
                                    Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "REFERRED_TO_COUNCIL";
    }

    @Override
    public String timelineDetail() {
        return "Beslutsunderlag publicerat för digitaliseringsrådet";
    }
}
