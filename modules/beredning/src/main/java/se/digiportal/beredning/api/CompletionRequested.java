package se.digiportal.beredning.api;

import java.time.Instant;
import java.time.LocalDate;
import se.digiportal.kernel.api.CaseEvent;

/** Published when the beredningsgrupp asks the submitter to complete the case by a deadline; the case waits. */
public record CompletionRequested(String caseNumber, String whatToComplete, LocalDate deadline, String requestedBy, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "COMPLETION_REQUESTED";
    }

    @Override
    public String timelineDetail() {
        return "Begärd komplettering senast " + deadline + ": " + whatToComplete;
    }
}
