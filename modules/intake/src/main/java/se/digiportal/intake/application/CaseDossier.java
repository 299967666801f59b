package se.digiportal.intake.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.digiportal.intake.application.Views.AttachmentView;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.SimilarView;
import se.digiportal.intake.application.Views.TimelineView;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.SimilarCase;
import se.digiportal.intake.domain.AttachmentRepository;
import se.digiportal.intake.domain.TimelineRepository;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;

/**
 * A submitted case as the beredningsgrupp reads it in its workbench: the submission, its attachments, the
 * similar cases, the timeline and the versions (one per completion), in one call.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class CaseDossier {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    AttachmentRepository attachments;

    @Inject
    TimelineRepository timeline;

    @Inject
    TemplateMapper mapper;

    @Inject
    Correspondence correspondence;

    /** Everything intake holds on a submitted case. */
    public record Dossier(InitiativeView submission, List<AttachmentView> attachments, List<SimilarView> similar,
                          List<TimelineView> timeline, List<Views.VersionSummary> versions) {
    }

    public Dossier dossier(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new NotFoundException("case " + caseNumber);
        }
        Initiative i = initiatives.findByCaseNumber(CaseNumber.parse(caseNumber).toString())
                .filter(x -> !x.isDraft()).orElseThrow(() -> new NotFoundException("case " + caseNumber));
        String text = String.join(" ", java.util.stream.Stream.of(i.title(), i.need(), i.proposedSolution())
                .filter(t -> t != null && !t.isBlank()).toList());
        List<SimilarView> similar = SimilarCase.worthShowing(initiatives.findSimilar(text, SimilarCase.MIN_RELEVANCE, 20))
                .stream().filter(c -> !c.caseNumber().equals(caseNumber))
                .map(c -> new SimilarView(c.caseNumber(), c.title(), c.serviceAreaCode(), c.relevance())).toList();
        return new Dossier(mapper.view(i),
                attachments.findByInitiative(i.id()).stream()
                        .map(a -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes())).toList(),
                similar,
                timeline.findByInitiative(i.id()).stream()
                        .map(t -> new TimelineView(t.occurredAt().toString(), t.kind().name(), t.detail())).toList(),
                correspondence.versions(caseNumber));
    }
}
