package se.digiportal.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.digiportal.intake.api.InitiativeSubmitted;
import se.digiportal.intake.api.InitiativeWithdrawn;
import se.digiportal.intake.domain.TimelineEntry;
import se.digiportal.intake.domain.TimelineKind;
import se.digiportal.intake.domain.TimelineRepository;

/**
 * Assembles the submitter's timeline from published events (ARCHITECTURE.md rule 3), in the publishing
 * transaction, so a step and its timeline entry commit or roll back together. Later modules' events are
 * observed here as they are published.
 */
@ApplicationScoped
public class Timeline {

    @Inject
    TimelineRepository entries;

    void submitted(@Observes InitiativeSubmitted event) {
        entries.append(new TimelineEntry(event.initiativeId(), event.submittedAt(), TimelineKind.SUBMITTED,
                "Inlämnat med diarienummer " + event.caseNumber()));
    }

    void withdrawn(@Observes InitiativeWithdrawn event) {
        entries.append(new TimelineEntry(event.initiativeId(), event.withdrawnAt(), TimelineKind.WITHDRAWN,
                "Återkallat: " + event.reason()));
    }
}
