package se.digiportal.beredning.api;

import java.time.Instant;
import java.time.LocalDate;
import se.digiportal.kernel.api.CaseEvent;

/** Published when the one reminder of an unanswered completion request has been sent, with the new deadline. */
public record CompletionReminderSent(String caseNumber, LocalDate newDeadline, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "REMINDED";
    }

    @Override
    public String timelineDetail() {
        return "Påminnelse: komplettera senast " + newDeadline;
    }
}
