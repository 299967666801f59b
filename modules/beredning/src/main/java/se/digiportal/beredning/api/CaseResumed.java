package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Published when a parked case is woken by a beredare (the submitter wakes it by completing). */
public record CaseResumed(String caseNumber, String resumedBy, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "RESUMED";
    }

    @Override
    public String timelineDetail() {
        return null;
    }
}
