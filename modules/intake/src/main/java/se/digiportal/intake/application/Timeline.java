package se.digiportal.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.TimelineEntry;
import se.digiportal.intake.domain.TimelineKind;
import se.digiportal.intake.domain.TimelineRepository;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Assembles the submitter's timeline from published events (ARCHITECTURE.md rule 3), in the publishing
 * transaction, so a step and its timeline entry commit or roll back together. It observes the kernel's
 * {@link CaseEvent}, which every module's case event implements, so intake depends on no later module.
 */
@ApplicationScoped
public class Timeline {

    private static final Logger LOG = Logger.getLogger(Timeline.class.getName());

    @Inject
    TimelineRepository entries;

    @Inject
    InitiativeRepository initiatives;

    void record(@Observes CaseEvent event) {
        TimelineKind kind;
        try {
            kind = TimelineKind.valueOf(event.timelineKind());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("no timeline kind " + event.timelineKind() + " for " + event, unknown);
        }
        initiatives.findByCaseNumber(event.caseNumber()).ifPresentOrElse(
                i -> entries.append(new TimelineEntry(i.id(), event.occurredAt(), kind, event.timelineDetail())),
                () -> LOG.warning(() -> "No initiative " + event.caseNumber() + " for timeline step " + kind));
    }
}
