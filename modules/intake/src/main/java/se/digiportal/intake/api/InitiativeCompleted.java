package se.digiportal.intake.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when the submitter has answered a completion request (komplettering): the case has a new version and
 * is the beredningsgrupp's again, which stops any reminder and wakes a parked case.
 *
 * @param version the initiative's version number after the completion (the submitted text is version 1)
 */
public record InitiativeCompleted(String caseNumber, long initiativeId, String answer, String completedBy,
                                  Instant completedAt, int version, InitiativeFacts facts) implements CaseEvent {

    @Override
    public Instant occurredAt() {
        return completedAt;
    }

    @Override
    public String timelineKind() {
        return "COMPLETED";
    }

    @Override
    public String timelineDetail() {
        return "Kompletterat (version " + version + ")";
    }
}
