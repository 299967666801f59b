package se.digiportal.intake.api;

import java.time.Instant;
import java.util.List;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when a case has been submitted: it now has its diarienummer and waits for the beredningsgrupp.
 * Observers take part in the submit's transaction (observe with {@code during = AFTER_SUCCESS} for work
 * that must only happen once it is committed).
 *
 * @param criteria the codes of the met criteria, in the rule's order
 */
public record InitiativeSubmitted(String caseNumber, long initiativeId, String title, String serviceAreaCode,
                                  long orgUnitId, String submittedBy, Instant submittedAt, List<String> criteria,
                                  InitiativeFacts facts) implements CaseEvent {
    public InitiativeSubmitted {
        criteria = List.copyOf(criteria);
    }

    @Override
    public Instant occurredAt() {
        return submittedAt;
    }

    @Override
    public String timelineKind() {
        return "SUBMITTED";
    }

    @Override
    public String timelineDetail() {
        return "Inlämnat med diarienummer " + caseNumber;
    }
}
