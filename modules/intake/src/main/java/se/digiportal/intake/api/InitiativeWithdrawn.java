package se.digiportal.intake.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Published when the submitter withdraws a case; later modules stop preparing it. */
public record InitiativeWithdrawn(String caseNumber, long initiativeId, String reason, String withdrawnBy,
                                  Instant withdrawnAt) implements CaseEvent {

    @Override
    public Instant occurredAt() {
        return withdrawnAt;
    }

    @Override
    public String timelineKind() {
        return "WITHDRAWN";
    }

    @Override
    public String timelineDetail() {
        return "Återkallat: " + reason;
    }
}
