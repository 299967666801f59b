package se.digiportal.intake.application;

import java.time.Instant;
import se.digiportal.intake.domain.InitiativeStatus;

/** The read models intake hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /** One line of a case list; {@code caseNumber} and {@code submittedAt} are null while a draft. */
    public record InitiativeSummary(long id, String caseNumber, String title, String serviceAreaCode,
                                    InitiativeStatus status, Instant submittedAt) {
    }
}
