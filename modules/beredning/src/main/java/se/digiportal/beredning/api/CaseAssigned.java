package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Published when a beredare takes (or is given) a case; the submitter learns who prepares it. */
public record CaseAssigned(String caseNumber, String assignee, String assigneeName, String assignedBy, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "ASSIGNED";
    }

    @Override
    public String timelineDetail() {
        return "Beredare: " + assigneeName;
    }
}
