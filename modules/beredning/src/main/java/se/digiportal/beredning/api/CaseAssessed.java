package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Step 1 of the prioritization: the initial assessment (include, needs completion, rejected) with its motivation. */
public record CaseAssessed(String caseNumber, String outcome, String motivation, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "ASSESSED";
    }

    @Override
    public String timelineDetail() {
        return outcome + (motivation == null ? "" : ": " + motivation);
    }
}
