package se.digiportal.intake.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.digiportal.intake.api.InitiativeFacts;
import se.digiportal.intake.api.InitiativeSubmitted;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.domain.CriteriaEvaluator;
import se.digiportal.intake.domain.CriteriaResult;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeContent;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.MetCriterion;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CaseNumberService;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.UserProfile;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.SettingKey;

/**
 * One submit, one transaction of its own: the diarium entry (case number, arrival time in UTC, sender, short
 * description), the audit row, the {@link InitiativeSubmitted} event and the receipt mail (sent once
 * committed). Its own transaction lets {@link IntakeService} recognise a lost race (a double click, a retried
 * request) after the rollback and answer with the case that won.
 */
@Stateless
@RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubmissionWork {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TemplateMapper mapper;

    @Inject
    CaseNumberService caseNumbers;

    @Inject
    CurrentUserService currentUser;

    @Inject
    SettingsService settings;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Event<InitiativeSubmitted> submitted;

    @Inject
    Clock clock;

    @Inject
    ReceiptDocument receipts;

    /** A case straight from the template (the API): created and submitted at once. */
    public InitiativeView submitNew(InitiativeForm form, String idempotencyKey) {
        UserProfile caller = caller();
        InitiativeContent content = mapper.content(form, caller, true);
        Initiative initiative = Initiative.draft(content, caller.username(), clock.instant());
        return submit(initiative, content, caller, idempotencyKey);
    }

    /** The caller's draft with the form's latest answers; a draft already submitted is answered as it stands. */
    public InitiativeView submitDraft(long draftId, InitiativeForm form) {
        UserProfile caller = caller();
        Initiative initiative = initiatives.findById(draftId)
                .filter(i -> i.submittedBy().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("draft " + draftId));
        if (!initiative.isDraft()) {
            return mapper.view(initiative);
        }
        InitiativeContent content = mapper.content(form, caller, true);
        initiative.revise(content, clock.instant());
        return submit(initiative, content, caller, null);
    }

    private InitiativeView submit(Initiative initiative, InitiativeContent content, UserProfile caller,
                                  String idempotencyKey) {
        CriteriaResult result = evaluator(settings).evaluate(content.criteriaAnswers());
        Instant now = clock.instant();
        // Taken last: the counter row stays locked until commit, so the lock is held as briefly as possible.
        CaseNumber number = caseNumbers.next();
        initiative.submit(number, now, result, content.orgUnitCode(), idempotencyKey);
        initiatives.save(initiative);

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", initiative.status());
        after.put("caseNumber", number);
        after.put("submittedAt", now);
        after.put("submittedBy", caller.username());
        after.put("title", initiative.title());
        after.put("criteria", String.join(",", result.met().stream().map(MetCriterion::toString).toList()));
        audit.record("Initiative", initiative.id(), "INITIATIVE_SUBMITTED",
                Changes.between(Map.of("status", "DRAFT"), after));
        submitted.fire(new InitiativeSubmitted(number.toString(), initiative.id(), initiative.title(),
                initiative.serviceAreaCode(), initiative.orgUnitId(), caller.username(), now,
                result.met().stream().map(m -> m.code().name()).toList(), facts(initiative, content, result)));
        InitiativeView view = mapper.view(initiative);
        byte[] pdf = mapper.receipt(view, receipts);
        receipt(initiative, number, now, result, caller, content, pdf).ifPresent(mailer::send);
        return view;
    }

    /** The snapshot the later modules keep of a case; see {@link InitiativeFacts}. */
    static InitiativeFacts facts(Initiative initiative, InitiativeContent content, CriteriaResult result) {
        return new InitiativeFacts(initiative.title(), initiative.serviceAreaCode(), initiative.orgUnitId(),
                initiative.submittedBy(), content.contactName(), content.contactEmail(), content.responsibleDirector(),
                content.estimatedTotalHours(), List.copyOf(content.affectedOrgUnits()),
                Boolean.TRUE.equals(content.newItSupport()), Boolean.TRUE.equals(content.newIntegrations()),
                Boolean.TRUE.equals(content.externalProcessing()), Boolean.TRUE.equals(content.financingClear()),
                Boolean.TRUE.equals(content.pilot()), result.met().stream().map(m -> m.code().name()).toList());
    }

    static CriteriaEvaluator evaluator(SettingsService settings) {
        return new CriteriaEvaluator(settings.intValue(SettingKey.CRITERIA_SHARED_RESOURCES_HOURS),
                settings.intValue(SettingKey.CRITERIA_TOTAL_HOURS), settings.value(SettingKey.PROJECT_OFFICE_CONTACT),
                settings.value(SettingKey.MANAGEMENT_LEAD_CONTACT));
    }

    private static java.util.Optional<MailMessage> receipt(Initiative initiative, CaseNumber number, Instant at, CriteriaResult result,
                                       UserProfile caller, InitiativeContent content,
                                                        byte[] pdf) {
        Set<String> to = new LinkedHashSet<>();
        if (content.contactEmail() != null) {
            to.add(content.contactEmail());
        }
        if (caller.email() != null) {
            to.add(caller.email());
        }
        StringBuilder body = new StringBuilder()
                .append("Hej!\n\nTack för ditt digitaliseringsinitiativ. Det har tagits emot och registrerats.\n\n")
                .append("Diarienummer: ").append(number).append('\n')
                .append("Rubrik: ").append(initiative.title()).append('\n')
                .append("Inkommet: ").append(SWEDISH_TIME.format(at)).append(" (svensk tid)\n")
                .append("Inlämnat av: ").append(caller.fullName()).append('\n').append('\n');
        if (result.noneMet()) {
            body.append("Inget av kriterierna för ett digitaliseringsärende är uppfyllt.\n");
        } else {
            body.append("Uppfyllda kriterier:\n");
            result.met().forEach(m -> body.append("- ").append(m.explanation()).append('\n'));
        }
        body.append("\nBeredningsgruppen går igenom ärendet och återkommer till kontaktpersonen. "
                + "Ange diarienumret om du har frågor.\n\nDigitaliseringsportalen\n");
        // Nobody to tell is possible only for a user without e-mail who named no contact address.
        return to.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new MailMessage(List.copyOf(to),
                "Kvittens: " + number + " har tagits emot", body.toString(),
                List.of(new MailMessage.Attachment("kvittens-" + number + ".pdf", "application/pdf", pdf))));
    }

    /** The caller's earlier case under this key, if any (read in a transaction of its own, after commit). */
    public java.util.Optional<InitiativeView> byIdempotencyKey(String key) {
        return initiatives.findByIdempotencyKey(currentUser.username(), key).map(mapper::view);
    }

    /** The caller's initiative by id if it has been submitted (the double-click answer). */
    public java.util.Optional<InitiativeView> submittedOwn(long id) {
        return initiatives.findById(id).filter(i -> i.submittedBy().equals(currentUser.username()))
                .filter(i -> !i.isDraft()).map(mapper::view);
    }

    private UserProfile caller() {
        return currentUser.profile().orElseThrow(() -> new NotFoundException("user " + currentUser.username()));
    }
}
