package se.digiportal.beredning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import se.digiportal.beredning.domain.CompletionRequestRepository;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.intake.api.InitiativeCompleted;
import se.digiportal.intake.api.InitiativeSubmitted;
import se.digiportal.intake.api.InitiativeWithdrawn;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.domain.Changes;

/**
 * What intake publishes, as beredning takes it in: a submitted case joins the queue, a completion wakes the case
 * and stops the follow-up, a withdrawal ends it. Observed in the publishing transaction, so a case is never
 * submitted without arriving here.
 */
@ApplicationScoped
public class CaseArrivals {

    @Inject
    PreparationCaseRepository cases;

    @Inject
    CompletionRequestRepository requests;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void submitted(@Observes InitiativeSubmitted event) {
        long forvaltning = directory.forvaltningOf(event.facts().orgUnitId()).id();
        PreparationCase c = cases.save(PreparationCase.received(event.caseNumber(), event.initiativeId(),
                event.facts(), forvaltning, event.submittedAt()));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_RECEIVED",
                Changes.between(Map.of(), Map.of("caseNumber", c.caseNumber(), "status", c.status())));
    }

    void completed(@Observes InitiativeCompleted event) {
        cases.findByCaseNumber(event.caseNumber()).ifPresent(c -> {
            Object before = c.status();
            c.completed(event.facts(), event.version(), event.completedAt());
            requests.findPending(c.id()).ifPresent(r -> r.answered(event.completedAt()));
            audit.record(PreparationCase.AUDIT_TYPE, c.id(), "COMPLETION_RECEIVED",
                    Changes.between(Map.of("status", before), Map.of("status", c.status(),
                            "submissionVersion", event.version())));
        });
    }

    void withdrawn(@Observes InitiativeWithdrawn event) {
        cases.findByCaseNumber(event.caseNumber()).ifPresent(c -> {
            Object before = c.status();
            c.withdrawn(clock.instant());
            requests.findPending(c.id()).ifPresent(r -> r.cancel(clock.instant()));
            audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_WITHDRAWN",
                    Changes.between(Map.of("status", before), Map.of("status", c.status())));
        });
    }
}
