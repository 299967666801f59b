package se.digiportal.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.digiportal.intake.application.Views.AttachmentView;
import se.digiportal.intake.application.Views.CriteriaView;
import se.digiportal.intake.application.Views.CriterionView;
import se.digiportal.intake.application.Views.DraftSaved;
import se.digiportal.intake.application.Views.InitiativeSummary;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.SimilarView;
import se.digiportal.intake.application.Views.TimelineView;
import se.digiportal.intake.api.InitiativeWithdrawn;
import se.digiportal.intake.domain.TimelineRepository;
import se.digiportal.intake.domain.Attachment;
import se.digiportal.intake.domain.AttachmentPolicy;
import se.digiportal.intake.domain.AttachmentRepository;
import se.digiportal.intake.domain.CriteriaResult;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeContent;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.InitiativeStatus;
import se.digiportal.intake.domain.SimilarCase;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.kernel.application.Views.UserProfile;
import se.digiportal.kernel.domain.Changes;

/**
 * The e-tjänst's use cases: the live criteria check, drafts (only ever seen by their author), submission
 * (idempotent) and reading a case as its submitter, the förvaltning's contact person or the beredningsgrupp.
 */
@Stateless
public class IntakeService {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TemplateMapper mapper;

    @Inject
    SubmissionWork work;

    @Inject
    CurrentUserService currentUser;

    @Inject
    SettingsService settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ReceiptDocument receipts;

    @Inject
    AttachmentRepository attachmentRows;

    @Inject
    AttachmentStore attachmentFiles;

    @Inject
    TimelineRepository timelineEntries;

    @Inject
    jakarta.enterprise.event.Event<InitiativeWithdrawn> withdrawnEvents;

    /** The criteria for the answers given so far; nothing is saved. */
    @PermitAll
    public CriteriaView evaluate(InitiativeForm form) {
        CriteriaResult result = SubmissionWork.evaluator(settings)
                .evaluate(mapper.answers(form == null ? new InitiativeForm() : form, currentUser.profile().orElse(null)));
        return new CriteriaView(result.met().stream()
                .map(m -> new CriterionView(m.code().name(), m.explanation())).toList(), result.noneMet(),
                result.guidance());
    }

    /** An empty template with the defaults: the caller's verksamhet and the caller as contact person. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public InitiativeForm newForm() {
        UserProfile me = caller();
        InitiativeForm form = new InitiativeForm();
        form.setOrgUnit(me.orgUnitCode());
        form.setContact(new InitiativeForm.Contact(me.fullName(), me.email(), me.phone()));
        return form;
    }

    @PermitAll
    public List<ServiceAreaView> serviceAreas() {
        return mapper.serviceAreas();
    }

    @PermitAll
    public List<OrgUnitView> orgUnits() {
        return mapper.activeOrgUnits();
    }

    /** Creates the draft (id null) or saves the caller's own draft; needs only title, need and service area. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public DraftSaved saveDraft(Long id, InitiativeForm form) {
        UserProfile me = caller();
        InitiativeContent content = mapper.content(form, me, false);
        if (id == null) {
            Initiative draft = Initiative.draft(content, me.username(), clock.instant());
            initiatives.save(draft);
            audit.record("Initiative", draft.id(), "DRAFT_CREATED", Changes.between(Map.of(), snapshot(draft)));
            return new DraftSaved(draft.id(), draft.updatedAt());
        }
        Initiative draft = ownDraft(id);
        Map<String, Object> before = snapshot(draft);
        draft.revise(content, clock.instant());
        initiatives.save(draft);
        audit.record("Initiative", draft.id(), "DRAFT_SAVED", Changes.between(before, snapshot(draft)));
        return new DraftSaved(draft.id(), draft.updatedAt());
    }

    /** The caller's own draft, to resume it; anyone else's is "not found". */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public InitiativeForm draft(long id) {
        return mapper.form(ownDraft(id));
    }

    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public void deleteDraft(long id) {
        Initiative draft = ownDraft(id);
        // Rows go with the draft (ON DELETE CASCADE); the files are ours to remove.
        attachmentRows.findByInitiative(id).forEach(a -> attachmentFiles.delete(a.storageKey()));
        audit.record("Initiative", draft.id(), "DRAFT_DELETED", Changes.between(snapshot(draft), Map.of()));
        initiatives.delete(draft);
    }

    /**
     * Attaches a file to the caller's draft, if the policy accepts it (type by content, size, count, a plain
     * name); a refused file leaves nothing behind, neither row nor file.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public AttachmentView attach(long draftId, String fileName, byte[] content) {
        ownDraft(draftId);
        String contentType = attachmentPolicy().check(fileName, content,
                attachmentRows.findByInitiative(draftId).size());
        String key = UUID.randomUUID().toString();
        attachmentFiles.put(key, content);
        try {
            Attachment attachment = new Attachment(draftId, fileName, contentType, content.length, key,
                    currentUser.username(), clock.instant());
            attachmentRows.save(attachment);
            audit.record("Initiative", draftId, "ATTACHMENT_ADDED",
                    Changes.of("attachment", null, attachment.fileName()));
            return new AttachmentView(attachment.id(), attachment.fileName(), contentType, content.length);
        } catch (RuntimeException e) {
            attachmentFiles.delete(key);
            throw e;
        }
    }

    /** The files attached to one of the caller's own initiatives. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public List<AttachmentView> attachments(long initiativeId) {
        String me = currentUser.username();
        initiatives.findById(initiativeId).filter(i -> i.submittedBy().equals(me))
                .orElseThrow(() -> new NotFoundException("initiative " + initiativeId));
        return attachmentRows.findByInitiative(initiativeId).stream()
                .map(a -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes())).toList();
    }

    /** Limits are system properties so an installation can change them without a build. */
    static AttachmentPolicy attachmentPolicy() {
        return new AttachmentPolicy(Long.getLong("digiportal.attachments.maxBytes", 5L * 1024 * 1024),
                Integer.getInteger("digiportal.attachments.maxCount", 10));
    }

    /**
     * Submits the caller's draft. A second submit of the same draft (a double click) answers with the case the
     * first one created.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InitiativeView submitDraft(long id, InitiativeForm form) {
        try {
            return work.submitDraft(id, form);
        } catch (EJBException lostRace) {
            // The other submit committed first (its version won); answer with its case.
            return work.submittedOwn(id).orElseThrow(() -> lostRace);
        }
    }

    /**
     * Submits a case straight from the template (the API). The same idempotency key from the same caller
     * always answers with the one case it created, also when both requests race.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InitiativeView submit(InitiativeForm form, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null) {
            Optional<InitiativeView> earlier = work.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return work.submitNew(form, key);
        } catch (EJBException lostRace) {
            // The unique key refused a second case; the first one has committed by now.
            if (key == null) {
                throw lostRace;
            }
            return work.byIdempotencyKey(key).orElseThrow(() -> lostRace);
        }
    }

    /**
     * A submitted case as the caller may see it: their own, their förvaltning's as its contact person, or any
     * as the beredningsgrupp. Anything else is "not found", so nobody learns that someone else's case exists.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public InitiativeView byCaseNumber(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new NotFoundException("case " + caseNumber);
        }
        Initiative initiative = initiatives.findByCaseNumber(CaseNumber.parse(caseNumber).toString())
                .filter(i -> !i.isDraft())
                .filter(this::visibleToCaller)
                .orElseThrow(() -> new NotFoundException("case " + caseNumber));
        return mapper.view(initiative);
    }

    /**
     * Up to five submitted cases, across all verksamheter, whose title, need and solution look like the
     * form's; nothing when the resemblance is below the relevance threshold.
     */
    @PermitAll
    public List<SimilarView> similar(InitiativeForm form) {
        if (form == null) {
            return List.of();
        }
        String text = String.join(" ", java.util.stream.Stream.of(form.getTitle(), form.getNeed(),
                form.getProposedSolution()).filter(t -> t != null && !t.isBlank()).toList());
        return SimilarCase.worthShowing(initiatives.findSimilar(text, SimilarCase.MIN_RELEVANCE, 20)).stream()
                .map(c -> new SimilarView(c.caseNumber(), c.title(), c.serviceAreaCode(), c.relevance())).toList();
    }

    /** What has happened to a case, oldest first, for whoever may read the case. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public List<TimelineView> timeline(String caseNumber) {
        byCaseNumber(caseNumber);
        Initiative initiative = initiatives.findByCaseNumber(CaseNumber.parse(caseNumber).toString()).orElseThrow();
        return timelineEntries.findByInitiative(initiative.id()).stream()
                .map(t -> new TimelineView(t.occurredAt().toString(), t.kind().name(), t.detail())).toList();
    }

    /**
     * The submitter withdraws their case with a reason: audited and published, so the beredningsgrupp stops
     * preparing it. Anyone else's case is "not found"; a case past withdrawing is a conflict.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public InitiativeView withdraw(String caseNumber, String reason) {
        String me = currentUser.username();
        Initiative initiative = (CaseNumber.isValid(caseNumber)
                ? initiatives.findByCaseNumber(CaseNumber.parse(caseNumber).toString()) : Optional.<Initiative>empty())
                .filter(i -> i.submittedBy().equals(me))
                .orElseThrow(() -> new NotFoundException("case " + caseNumber));
        if (!initiative.mayBeWithdrawn()) {
            throw new se.digiportal.kernel.api.ConflictException("intake.withdraw.notAllowed");
        }
        String before = initiative.status().name();
        initiative.withdraw(reason, clock.instant());
        initiatives.save(initiative);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", initiative.status());
        after.put("withdrawalReason", initiative.withdrawalReason());
        audit.record("Initiative", initiative.id(), "INITIATIVE_WITHDRAWN", Changes.between(Map.of("status", before), after));
        withdrawnEvents.fire(new InitiativeWithdrawn(initiative.caseNumber().orElseThrow().toString(), initiative.id(),
                initiative.withdrawalReason(), me, initiative.withdrawnAt()));
        return mapper.view(initiative);
    }

    /** The PDF receipt of the whole case, for whoever may read the case. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public byte[] receiptPdf(String caseNumber) {
        return mapper.receipt(byCaseNumber(caseNumber), receipts);
    }

    /** "Mina ärenden": the caller's drafts and cases; for a contact person also every case of the förvaltning. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public List<InitiativeSummary> mine() {
        UserProfile me = caller();
        Map<Long, Initiative> all = new LinkedHashMap<>();
        initiatives.findBySubmitter(me.username()).forEach(i -> all.put(i.id(), i));
        if (me.has(Role.UNIT_CONTACT)) {
            initiatives.findSubmittedInOrgUnits(mapper.subtree(mapper.forvaltningOf(me.orgUnitId())))
                    .forEach(i -> all.putIfAbsent(i.id(), i));
        }
        return all.values().stream().map(IntakeService::summary).toList();
    }

    /** Every submitted case, for the beredningsgrupp. */
    @RolesAllowed(Role.Names.PREPARER)
    public List<InitiativeSummary> submitted() {
        return initiatives.findByStatus(InitiativeStatus.SUBMITTED).stream().map(IntakeService::summary).toList();
    }

    private boolean visibleToCaller(Initiative i) {
        UserProfile me = caller();
        if (i.submittedBy().equals(me.username()) || me.has(Role.PREPARER)) {
            return true;
        }
        return me.has(Role.UNIT_CONTACT) && mapper.forvaltningOf(i.orgUnitId()) == mapper.forvaltningOf(me.orgUnitId());
    }

    private Initiative ownDraft(long id) {
        String me = currentUser.username();
        return initiatives.findById(id).filter(Initiative::isDraft).filter(i -> i.submittedBy().equals(me))
                .orElseThrow(() -> new NotFoundException("draft " + id));
    }

    private UserProfile caller() {
        return currentUser.profile().orElseThrow(() -> new NotFoundException("user " + currentUser.username()));
    }

    private static Map<String, Object> snapshot(Initiative i) {
        InitiativeContent c = i.content(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("need", c.need());
        m.put("proposedSolution", c.proposedSolution());
        m.put("expectedBenefits", c.expectedBenefits());
        m.put("beneficiaries", c.beneficiaries().stream().map(Enum::name).sorted().toList());
        m.put("serviceArea", c.serviceAreaCode());
        m.put("orgUnitId", c.orgUnitId());
        m.put("contact", c.contactName() + " <" + c.contactEmail() + "> " + c.contactPhone());
        m.put("responsibleDirector", c.responsibleDirector());
        m.put("affectedOrgUnits", c.affectedOrgUnits().stream().sorted().toList());
        m.put("estimatedTotalHours", c.estimatedTotalHours());
        m.put("sharedResourceHours", new java.util.TreeMap<>(c.sharedResourceHours()));
        m.put("financingClear", c.financingClear());
        m.put("financingSource", c.financingSource());
        m.put("newItSupport", c.newItSupport());
        m.put("newIntegrations", c.newIntegrations());
        m.put("integrationsWith", c.integrationsWith());
        m.put("externalProcessing", c.externalProcessing());
        m.put("externalParty", c.externalParty());
        m.put("pilot", c.pilot());
        m.put("desiredStart", c.desiredStart());
        return m;
    }

    static InitiativeSummary summary(Initiative i) {
        return new InitiativeSummary(i.id(), i.caseNumber().map(CaseNumber::toString).orElse(null), i.title(),
                i.serviceAreaCode(), i.status(), i.submittedAt());
    }
}
