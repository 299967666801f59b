package se.digiportal.council.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when the digitaliseringsråd records a decision on an agenda item. It reaches the submitter's timeline
 * (kind {@code DECISION}); an approved case is what the portfolio takes in.
 *
 * @param meetingId    the council meeting the decision was taken at
 * @param agendaItemId the item on that meeting's agenda (föredragningslista)
 * @param conditions   e.g. "som pilot", or null
 * @param whatToComplete for a returned case (återremiss), what beredning is to complete; otherwise null
 */
public record CouncilDecisionTaken(String caseNumber, String title, DecisionOutcome outcome, String motivation,
                                   String conditions, String whatToComplete, long meetingId, long agendaItemId,
                                   String decidedBy, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "DECISION";
    }

    @Override
    public String timelineDetail() {
        String detail = outcome.swedish() + ": " + motivation;
        if (conditions != null && !conditions.isBlank()) {
            detail += " Villkor: " + conditions;
        }
        if (whatToComplete != null && !whatToComplete.isBlank()) {
            detail += " Att komplettera: " + whatToComplete;
        }
        return detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
    }
}
