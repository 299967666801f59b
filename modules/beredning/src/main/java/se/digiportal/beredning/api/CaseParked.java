package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Published when a case is parked because the reminded completion request also passed its deadline. */
public record CaseParked(String caseNumber, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "PARKED";
    }

    @Override
    public String timelineDetail() {
        return "Parkerat i väntan på komplettering. Svara på begäran för att återuppta ärendet.";
    }
}
