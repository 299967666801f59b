package se.digiportal.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.digiportal.intake.api.CaseCorrespondence;
import se.digiportal.intake.api.InitiativeCompleted;
import se.digiportal.intake.application.Views.CompletionRequestView;
import se.digiportal.intake.application.Views.VersionSummary;
import se.digiportal.intake.application.Views.VersionView;
import se.digiportal.intake.domain.ThreadMessage;
import se.digiportal.intake.domain.CompletionRequest;
import se.digiportal.intake.domain.CorrespondenceRepository;
import se.digiportal.intake.domain.CriteriaResult;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeContent;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.InitiativeRevision;
import se.digiportal.intake.domain.InitiativeVersion;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.UserProfile;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;

/**
 * What passes between the beredningsgrupp and a case's submitter: completion requests answered with a new
 * version of the text, and the message thread. The beredningsgrupp's side is {@link CaseCorrespondence}, which
 * beredning calls; the submitter's side (and reading, for both) is this bean's own view, for intake's page and API.
 * Who may read a case follows {@link IntakeService#byCaseNumber}: the submitter, their förvaltning's contact
 * person and the beredningsgrupp; anyone else is told the case does not exist.
 */
@Stateless
@LocalBean
// Both views: beredning sees only the published interface, intake's own page and API the whole bean.
@Local(CaseCorrespondence.class)
public class Correspondence implements CaseCorrespondence {

    /** Where the portal answers, for the links in mail; the run command's address unless configured. */
    static final String BASE_URL_PROPERTY = "digiportal.base.url";

    @Resource
    SessionContext context;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CorrespondenceRepository rows;

    @Inject
    TemplateMapper mapper;

    @Inject
    CurrentUserService currentUser;

    @Inject
    UserAccountRepository users;

    @Inject
    SettingsService settings;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Event<InitiativeCompleted> completed;

    @Inject
    Clock clock;

    // --- the beredningsgrupp's side ---

    @Override
    @RolesAllowed(Role.Names.PREPARER)
    public void requestCompletion(String caseNumber, String whatToComplete, LocalDate deadline) {
        Initiative initiative = submitted(caseNumber);
        if (!initiative.mayBeCompleted()) {
            throw new ConflictException("intake.completion.notAllowed");
        }
        if (rows.findOpenRequest(initiative.id()).isPresent()) {
            throw new ConflictException("intake.completion.alreadyOpen");
        }
        CompletionRequest request = CompletionRequest.open(initiative.id(), whatToComplete, deadline,
                LocalDate.now(clock.withZone(STOCKHOLM)), currentUser.username(), clock.instant());
        rows.save(request);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("whatToComplete", request.whatToComplete());
        after.put("deadline", request.deadline());
        audit.record("Initiative", initiative.id(), "COMPLETION_REQUESTED", Changes.between(Map.of(), after));
        String number = number(initiative);
        mailToContact(initiative, "Komplettering begärd: " + number, "Hej!\n\n"
                + "Beredningsgruppen behöver en komplettering av ert digitaliseringsinitiativ " + number + " \""
                + initiative.title() + "\".\n\nDetta behöver kompletteras:\n" + request.whatToComplete() + "\n\n"
                + "Svara senast " + request.deadline() + ". Du kompletterar ärendet och svarar på ärendesidan:\n"
                + link(number) + "\n\nDigitaliseringsportalen\n");
    }

    @Override
    @RolesAllowed(Role.Names.PREPARER)
    public void send(String caseNumber, String subject, String text) {
        Initiative initiative = submitted(caseNumber);
        ThreadMessage message = ThreadMessage.fromPreparers(initiative.id(), currentUser.username(), callerName(),
                subject, text, clock.instant());
        rows.append(message);
        audit.record("Initiative", initiative.id(), "MESSAGE_SENT", Changes.of("message", null, message.subject()));
        String number = number(initiative);
        mailToContact(initiative, message.subject() + " (" + number + ")", "Hej!\n\n"
                + "Beredningsgruppen har skickat ett meddelande om digitaliseringsinitiativet " + number + " \""
                + initiative.title() + "\".\n\n" + message.text() + "\n\n"
                + "Du läser och svarar på ärendesidan:\n" + link(number) + "\n\nDigitaliseringsportalen\n");
    }

    @Override
    @RolesAllowed(Role.Names.PREPARER)
    public List<CaseMessage> thread(String caseNumber) {
        return messagesOf(submitted(caseNumber));
    }

    // --- reading, for everyone who may read the case ---

    /** The thread as the submitter's side and the beredningsgrupp read it, oldest first. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public List<CaseMessage> messages(String caseNumber) {
        return messagesOf(readable(caseNumber));
    }

    /** The completion request still waiting for an answer, if there is one. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public Optional<CompletionRequestView> openRequest(String caseNumber) {
        Initiative initiative = readable(caseNumber);
        // A withdrawn case answers nothing, even if a request was left open when it was withdrawn.
        return rows.findOpenRequest(initiative.id()).filter(r -> initiative.mayBeCompleted())
                .map(r -> new CompletionRequestView(number(initiative), r.whatToComplete(), r.deadline().toString(),
                        r.requestedBy(), r.requestedAt().toString()));
    }

    /** Every version of the case's text, oldest first; a case never completed has only version 1. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public List<VersionSummary> versions(String caseNumber) {
        Initiative initiative = readable(caseNumber);
        return versionsOf(initiative).stream().map(v -> new VersionSummary(v.number(), v.createdAt().toString(),
                v.createdBy(), v.answer(), v.number() == initiative.contentVersion())).toList();
    }

    /** One version's text as it stood then. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public VersionView version(String caseNumber, int number) {
        Initiative initiative = readable(caseNumber);
        return versionsOf(initiative).stream().filter(v -> v.number() == number).findFirst()
                .map(v -> view(initiative, v))
                .orElseThrow(() -> new NotFoundException("version " + number + " of " + caseNumber));
    }

    /** Whether the caller is on the submitter's side of the case: the one who completes, replies and withdraws. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public boolean answersFor(String caseNumber) {
        return onSubmittersSide(readable(caseNumber));
    }

    /** The current text as a form, for the page to show before the submitter revises it. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public CompletionForm completionForm(String caseNumber) {
        return CompletionForm.of(ownSide(caseNumber).revision());
    }

    // --- the submitter's side ---

    /**
     * Answers the open completion request: the revised text becomes the case's next version (the previous one is
     * kept as it was), the request is closed, the change audited and {@link InitiativeCompleted} published. Without
     * an open request it is a conflict; a missing answer or a broken rule names the fields and saves nothing.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public VersionView complete(String caseNumber, CompletionForm form) {
        Initiative initiative = ownSide(caseNumber);
        CompletionRequest request = rows.findOpenRequest(initiative.id())
                .filter(r -> initiative.mayBeCompleted())
                .orElseThrow(() -> new ConflictException("intake.completion.noOpenRequest"));
        CompletionForm sent = form == null ? new CompletionForm() : form;
        InitiativeRevision before = initiative.revision();
        InitiativeRevision revised = sent.revisionOf(before);
        List<FieldError> errors = new ArrayList<>(CompletionRequest.answerErrors(sent.getAnswer()));
        errors.addAll(revised.errorsAgainst(before));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rows.findVersions(initiative.id()).isEmpty()) {
            // Versions are written from the first completion on; until then the case itself is version 1.
            rows.append(firstVersion(initiative));
        }
        String me = currentUser.username();
        Instant now = clock.instant();
        int previous = initiative.contentVersion();
        int number = initiative.complete(revised, now);
        InitiativeContent content = initiative.content(mapper.orgUnitCode(initiative.orgUnitId()));
        CriteriaResult result = SubmissionWork.evaluator(settings).evaluate(content.criteriaAnswers());
        initiative.reassess(result);
        initiatives.save(initiative);
        String answer = sent.getAnswer().trim();
        InitiativeVersion version = new InitiativeVersion(initiative.id(), number, now, me, answer,
                initiative.revision());
        rows.append(version);
        request.answer(answer, me, now, number);
        rows.save(request);

        Map<String, Object> after = snapshot(initiative.revision(), number);
        after.put("answer", answer);
        audit.record("Initiative", initiative.id(), "INITIATIVE_COMPLETED",
                Changes.between(snapshot(before, previous), after));
        completed.fire(new InitiativeCompleted(number(initiative), initiative.id(), answer, me, now, number,
                SubmissionWork.facts(initiative, content, result)));
        return view(initiative, version);
    }

    /** The submitter's side answers in the thread; stored for the beredningsgrupp to read, no mail. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    public CaseMessage reply(String caseNumber, String text) {
        Initiative initiative = ownSide(caseNumber);
        List<ThreadMessage> thread = rows.findMessages(initiative.id());
        String subject = thread.isEmpty() ? "Meddelande från inlämnaren" : thread.get(thread.size() - 1).replySubject();
        ThreadMessage message = ThreadMessage.reply(initiative.id(), currentUser.username(), callerName(), subject, text,
                clock.instant());
        rows.append(message);
        audit.record("Initiative", initiative.id(), "MESSAGE_REPLIED", Changes.of("message", null, message.subject()));
        return view(message);
    }

    /**
     * A message written through the API: the submitter's side replies, the beredningsgrupp sends (and mails).
     * Who writes decides which, so one endpoint serves both.
     */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public CaseMessage write(String caseNumber, String subject, String text) {
        Initiative initiative = readable(caseNumber);
        if (onSubmittersSide(initiative)) {
            return reply(caseNumber, text);
        }
        send(caseNumber, subject, text);
        List<ThreadMessage> thread = rows.findMessages(initiative.id());
        return view(thread.get(thread.size() - 1));
    }

    // --- access ---

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Any submitted case, for the beredningsgrupp. */
    private Initiative submitted(String caseNumber) {
        return (CaseNumber.isValid(caseNumber)
                ? initiatives.findByCaseNumber(CaseNumber.parse(caseNumber).toString()) : Optional.<Initiative>empty())
                .filter(i -> !i.isDraft())
                .orElseThrow(() -> new NotFoundException("case " + caseNumber));
    }

    private Initiative readable(String caseNumber) {
        Initiative initiative = submitted(caseNumber);
        if (context.isCallerInRole(Role.Names.PREPARER) || onSubmittersSide(initiative)) {
            return initiative;
        }
        throw new NotFoundException("case " + caseNumber);
    }

    /** The submitter or their förvaltning's contact person; the beredningsgrupp reads but does not answer. */
    private Initiative ownSide(String caseNumber) {
        Initiative initiative = readable(caseNumber);
        if (!onSubmittersSide(initiative)) {
            throw new EJBAccessException("only the submitter's side answers for case " + caseNumber);
        }
        return initiative;
    }

    private boolean onSubmittersSide(Initiative i) {
        Optional<UserProfile> me = currentUser.profile();
        if (me.isEmpty()) {
            return false;
        }
        if (i.submittedBy().equals(me.get().username())) {
            return true;
        }
        return me.get().has(Role.UNIT_CONTACT)
                && mapper.forvaltningOf(i.orgUnitId()) == mapper.forvaltningOf(me.get().orgUnitId());
    }

    // --- helpers ---

    private List<CaseMessage> messagesOf(Initiative initiative) {
        return rows.findMessages(initiative.id()).stream().map(Correspondence::view).toList();
    }

    private static CaseMessage view(ThreadMessage m) {
        return new CaseMessage(m.id(), m.sentAt(), m.author(), m.authorName(), m.fromPreparers(), m.subject(),
                m.text());
    }

    private List<InitiativeVersion> versionsOf(Initiative initiative) {
        List<InitiativeVersion> stored = rows.findVersions(initiative.id());
        return stored.isEmpty() ? List.of(firstVersion(initiative)) : stored;
    }

    private static InitiativeVersion firstVersion(Initiative initiative) {
        return new InitiativeVersion(initiative.id(), 1, initiative.submittedAt(), initiative.submittedBy(), null,
                initiative.revision());
    }

    private static VersionView view(Initiative initiative, InitiativeVersion v) {
        InitiativeRevision t = v.text();
        return new VersionView(number(initiative), v.number(), v.createdAt().toString(), v.createdBy(), v.answer(),
                t.title(), t.need(), t.proposedSolution(), t.expectedBenefits(), t.responsibleDirector(),
                t.estimatedTotalHours(), t.financingSource(), t.integrationsWith(), t.externalParty());
    }

    private static Map<String, Object> snapshot(InitiativeRevision t, int version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("title", t.title());
        m.put("need", t.need());
        m.put("proposedSolution", t.proposedSolution());
        m.put("expectedBenefits", t.expectedBenefits());
        m.put("responsibleDirector", t.responsibleDirector());
        m.put("estimatedTotalHours", t.estimatedTotalHours());
        m.put("financingSource", t.financingSource());
        m.put("integrationsWith", t.integrationsWith());
        m.put("externalParty", t.externalParty());
        return m;
    }

    private String callerName() {
        return currentUser.profile().map(UserProfile::fullName).orElse("Beredningsgruppen");
    }

    private static String number(Initiative initiative) {
        return initiative.caseNumber().orElseThrow().toString();
    }

    /** The contact person named in the case; the submitter's own address when the case names none. */
    private void mailToContact(Initiative initiative, String subject, String body) {
        Set<String> to = new LinkedHashSet<>();
        if (initiative.contactEmail() != null && initiative.contactEmail().contains("@")) {
            to.add(initiative.contactEmail());
        } else {
            users.findByUsername(initiative.submittedBy()).map(UserAccount::email)
                    .filter(e -> e != null && e.contains("@")).ifPresent(to::add);
        }
        if (!to.isEmpty()) {
            mailer.send(new MailMessage(List.copyOf(to), subject, body, List.of()));
        }
    }

    static String link(String caseNumber) {
        String base = System.getProperty(BASE_URL_PROPERTY, "http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/intake/receipt.xhtml?case=" + caseNumber;
    }
}
