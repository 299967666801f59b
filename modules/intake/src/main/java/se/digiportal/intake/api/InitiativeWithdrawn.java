package se.digiportal.intake.api;

import java.time.Instant;

/** Published when the submitter withdraws a case; later modules stop preparing it. */
public record InitiativeWithdrawn(String caseNumber, long initiativeId, String reason, String withdrawnBy,
                                  Instant withdrawnAt) {
}
