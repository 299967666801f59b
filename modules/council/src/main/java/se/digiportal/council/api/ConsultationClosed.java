package se.digiportal.council.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when a snabbsamråd closes, at its deadline or when every member has answered. The outcome is recorded
 * like a decision: it reaches the submitter's timeline (kind {@code CONSULTATION_CLOSED}) and the next minutes.
 *
 * @param summary the outcome in words, with each objection and comment by member
 */
public record ConsultationClosed(String caseNumber, String title, long consultationId, ConsultationOutcome outcome,
                                 String summary, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "CONSULTATION_CLOSED";
    }

    @Override
    public String timelineDetail() {
        String detail = "Snabbsamråd: " + summary;
        return detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
    }
}
