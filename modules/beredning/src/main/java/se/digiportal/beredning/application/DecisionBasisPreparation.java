package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.beredning.api.CaseReferredToCouncil;
import se.digiportal.beredning.api.ConsultationRequested;
import se.digiportal.beredning.application.Views.CommentView;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.domain.DecisionBasis;
import se.digiportal.beredning.domain.DecisionBasisComment;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.domain.DecisionBasisRepository;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.Changes;

/**
 * The underlag (decision basis) of a case routed to the council or to samråd: the beredare drafts it, comments
 * gather on the draft, and publishing freezes it and hands the case to the council (CaseReferredToCouncil or
 * ConsultationRequested). Every change is audited.
 *
 * <p>Comments: today only beredare (PREPARER) write and read them. The case's submitter and the colleagues
 * they named are meant to comment too; that needs a check of who may see which case, which is a later step.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class DecisionBasisPreparation {

    @Inject
    PreparationCaseRepository cases;

    @Inject
    DecisionBasisRepository underlag;

    @Inject
    DecisionBasisDocument document;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUserService currentUser;

    @Inject
    Directory directory;

    @Inject
    Event<CaseReferredToCouncil> referred;

    @Inject
    Event<ConsultationRequested> consultationRequested;

    @Inject
    Clock clock;

    /** The case's underlag; an empty, unsaved draft when none has been saved yet. */
    public DecisionBasisView underlag(String caseNumber) {
        PreparationCase c = find(caseNumber);
        return underlag.findByCase(c.id()).map(d -> view(c, d)).orElseGet(() -> emptyView(c));
    }

    /** Saves the draft as it stands; a draft may be incomplete. */
    public DecisionBasisView save(String caseNumber, DecisionBasisContent content) {
        PreparationCase c = find(caseNumber);
        requireUnderlagCase(c);
        DecisionBasis d = underlag.findByCase(c.id()).orElse(null);
        Map<String, Object> before = d == null ? Map.of() : snapshot(d);
        if (d == null) {
            d = DecisionBasis.draftFor(c, currentUser.username(), clock.instant());
        } else if (d.published()) {
            throw new ConflictException("underlag.error.published");
        }
        d.saveDraft(content == null ? DecisionBasisContent.empty() : content, currentUser.username(), clock.instant());
        d = underlag.save(d);
        audit.record(DecisionBasis.AUDIT_TYPE, d.id(), before.isEmpty() ? "UNDERLAG_CREATED" : "UNDERLAG_SAVED",
                Changes.between(before, snapshot(d)));
        return view(c, d);
    }

    /**
     * Publishes the saved draft: only while the case's underlag is being prepared and with every required
     * section filled (each missing one is named at its field). The case is then referred, and the council
     * learns of it through the event that fits its routing.
     */
    public DecisionBasisView publish(String caseNumber) {
        PreparationCase c = find(caseNumber);
        requireUnderlagCase(c);
        if (c.status() != PreparationStatus.UNDERLAG_IN_PREPARATION) {
            throw new ConflictException("underlag.error.wrongStatus");
        }
        DecisionBasis d = underlag.findByCase(c.id()).orElseThrow(
                () -> new InvalidInputException(DecisionBasis.REQUIRED.stream().sorted()
                        .map(f -> new InvalidInputException.FieldError(f, DecisionBasis.MISSING_KEY)).toList()));
        if (d.published()) {
            throw new ConflictException("underlag.error.published");
        }
        Map<String, Object> before = snapshot(d);
        Object statusBefore = c.status();
        String by = currentUser.username();
        Instant now = clock.instant();
        d.publish(c, by, now);
        c.referred(now);
        d = underlag.save(d);
        audit.record(DecisionBasis.AUDIT_TYPE, d.id(), "UNDERLAG_PUBLISHED", Changes.between(before, snapshot(d)));
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_REFERRED",
                Changes.between(Map.of("status", statusBefore), Map.of("status", c.status())));
        if (c.routing() == Routing.CONSULTATION) {
            consultationRequested.fire(new ConsultationRequested(c.caseNumber(), c.title(), c.serviceAreaCode(),
                    c.orgUnitId(), d.id(), c.consultationMode(), c.responsibleDirector(), by, now));
        } else {
            referred.fire(new CaseReferredToCouncil(c.caseNumber(), c.title(), c.serviceAreaCode(), c.orgUnitId(),
                    d.id(), d.content().proposedDecision(), c.routingMotivation(), by, now));
        }
        return view(c, d);
    }

    /** The underlag as PDF, draft or published; a draft is marked as one. */
    public byte[] pdf(String caseNumber) {
        PreparationCase c = find(caseNumber);
        requireUnderlagCase(c);
        return document.render(underlag(caseNumber));
    }

    /**
     * A comment on the case's underlag draft by the caller. Allowed for PREPARER today; the submitter and their
     * named colleagues are a later step (see the class comment).
     */
    public CommentView comment(String caseNumber, String text) {
        PreparationCase c = find(caseNumber);
        requireUnderlagCase(c);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("comment", "underlag.error.commentRequired");
        }
        if (text.strip().length() > DecisionBasisComment.TEXT_MAX_LENGTH) {
            throw InvalidInputException.of("comment", "underlag.error.tooLong");
        }
        String by = currentUser.username();
        String name = directory.person(by).map(Person::fullName).orElse(by);
        DecisionBasisComment saved = underlag.save(new DecisionBasisComment(c.id(), by, name, text, clock.instant()));
        audit.record(DecisionBasisComment.AUDIT_TYPE, saved.id(), "UNDERLAG_COMMENTED",
                Changes.between(Map.of(), Map.of("caseNumber", c.caseNumber(), "text", saved.text())));
        return view(saved);
    }

    /** The comments on the case's underlag, oldest first. */
    public List<CommentView> comments(String caseNumber) {
        PreparationCase c = find(caseNumber);
        return underlag.comments(c.id()).stream().map(DecisionBasisPreparation::view).toList();
    }

    private PreparationCase find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case " + caseNumber));
    }

    private static void requireUnderlagCase(PreparationCase c) {
        if (c.routing() != Routing.REFER_TO_COUNCIL && c.routing() != Routing.CONSULTATION) {
            throw new ConflictException("underlag.error.notRouted");
        }
    }

    private static Map<String, Object> snapshot(DecisionBasis d) {
        Map<String, Object> s = new LinkedHashMap<>(d.content().sections());
        s.put("state", d.state());
        return s;
    }

    static DecisionBasisView view(PreparationCase c, DecisionBasis d) {
        boolean editable = !d.published() && c.status().isOpen();
        return new DecisionBasisView(d.id(), c.caseNumber(), c.title(), c.routing(), c.status(), d.content(),
                d.published(), editable, d.missingSections(), d.updatedBy(), d.updatedAt(), d.publishedBy(),
                d.publishedAt());
    }

    private static DecisionBasisView emptyView(PreparationCase c) {
        boolean routed = c.routing() == Routing.REFER_TO_COUNCIL || c.routing() == Routing.CONSULTATION;
        return new DecisionBasisView(null, c.caseNumber(), c.title(), c.routing(), c.status(),
                DecisionBasisContent.empty(), false, routed && c.status().isOpen(),
                DecisionBasis.REQUIRED.stream().sorted().toList(), null, null, null, null);
    }

    private static CommentView view(DecisionBasisComment k) {
        return new CommentView(k.id(), k.author(), k.authorName(), k.text(), k.writtenAt());
    }
}
