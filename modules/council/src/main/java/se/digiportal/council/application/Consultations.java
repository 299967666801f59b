package se.digiportal.council.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.digiportal.beredning.api.DecisionBases;
import se.digiportal.council.api.ConsultationClosed;
import se.digiportal.council.application.ConsultationViews.ConsultationDetail;
import se.digiportal.council.application.ConsultationViews.ConsultationResult;
import se.digiportal.council.application.ConsultationViews.ConsultationView;
import se.digiportal.council.application.ConsultationViews.ResponseView;
import se.digiportal.council.domain.CaseContactRepository;
import se.digiportal.council.domain.Consultation;
import se.digiportal.council.domain.ConsultationAnswer;
import se.digiportal.council.domain.ConsultationRepository;
import se.digiportal.council.domain.ConsultationResponse;
import se.digiportal.council.domain.ConsultationStatus;
import se.digiportal.council.domain.CouncilMember;
import se.digiportal.council.domain.CouncilMemberRepository;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.domain.Changes;

/**
 * Snabbsamråd on IT procurements, held digitally between meetings (seed 000). Every council member reads them;
 * the secretary opens a requested one with a deadline; the members asked answer. It closes when all have answered
 * or, through {@link #closeDue()}, at the deadline: the outcome is audited, published as {@link ConsultationClosed}
 * (the submitter's timeline, the next minutes) and mailed to the submitter, the contact person and the
 * responsible director.
 *
 * <p>The whole council is asked, not only the utskott: the utskott prepares e-service questions (seed 003), while
 * samråd on a procurement is the council's own (seed 000).
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class Consultations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv")).withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    ConsultationRepository consultations;

    @Inject
    CouncilMemberRepository members;

    @Inject
    CaseContactRepository contacts;

    @Inject
    DecisionBases underlag;

    @Inject
    Event<ConsultationClosed> closed;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    CurrentUserService currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Requested and open first (earliest deadline first), then the closed, latest first. */
    public List<ConsultationView> list() {
        String me = currentUser.username();
        return consultations.findAll().stream()
                .sorted(Comparator.comparing((Consultation c) -> c.status() == ConsultationStatus.CLOSED)
                        .thenComparingLong(c -> c.status() == ConsultationStatus.CLOSED ? -c.closedAt().toEpochMilli()
                                : c.deadline() == null ? Long.MIN_VALUE : c.deadline().toEpochMilli()))
                .map(c -> view(c, me)).toList();
    }

    public ConsultationDetail consultation(long id) {
        Consultation c = find(id);
        return new ConsultationDetail(view(c, currentUser.username()), List.copyOf(c.participants()),
                c.responses().stream().map(this::response).toList());
    }

    public ConsultationResult result(long id) {
        Consultation c = find(id);
        List<ConsultationResponse> answers = c.responses();
        boolean done = c.status() == ConsultationStatus.CLOSED;
        return new ConsultationResult(c.id(), c.caseNumber(), c.status(), c.participants().size(), answers.size(),
                answers.stream().filter(r -> r.answer() == ConsultationAnswer.AGREE).count(),
                answers.stream().filter(r -> r.answer() == ConsultationAnswer.OBJECT).map(this::response).toList(),
                answers.stream().filter(r -> r.answer() == ConsultationAnswer.COMMENT).map(this::response).toList(),
                c.outcome(), done ? c.summary(this::name) : null, c.closedAt());
    }

    /** The case's published underlag, as PDF. */
    public byte[] underlagPdf(long id) {
        Consultation c = find(id);
        return underlag.pdf(c.underlagId()).orElseThrow(() -> new NotFoundException("underlag " + c.underlagId()));
    }

    /**
     * Opens a requested snabbsamråd to the council's members until the deadline.
     *
     * @throws InvalidInputException {@code deadline} missing or not in the future
     * @throws ConflictException     already opened, or the council has no members
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public ConsultationView open(long id, Instant deadline) {
        Consultation c = consultations.lock(id).orElseThrow(() -> new NotFoundException("consultation " + id));
        List<String> asked = members.findAll().stream().map(CouncilMember::username).toList();
        Object before = c.status();
        try {
            c.open(deadline, asked, currentUser.username(), clock.instant());
        } catch (Consultation.Invalid e) {
            throw invalid(e);
        } catch (Consultation.NotOpen e) {
            throw new ConflictException("council.consultation.error.notRequested");
        } catch (Consultation.NoParticipants e) {
            throw new ConflictException("council.consultation.error.noMembers");
        }
        audit.record(Consultation.AUDIT_TYPE, c.id(), "CONSULTATION_OPENED", Changes.between(
                Map.of("status", before), Map.of("status", c.status(), "deadline", c.deadline(),
                        "participants", String.join(",", c.participants()))));
        return view(c, currentUser.username());
    }

    /**
     * Records the caller's answer, or changes it; the last answer missing closes the samråd.
     *
     * @throws InvalidInputException {@code answer} missing or unknown; {@code text} missing for an objection or a
     *                               comment, or over 2000 characters
     * @throws ConflictException     not open (not yet opened, closed, deadline passed), or the caller was not asked
     */
    @RolesAllowed(Role.Names.COUNCIL_MEMBER)
    public ConsultationView respond(long id, String answer, String text) {
        Consultation c = consultations.lock(id).orElseThrow(() -> new NotFoundException("consultation " + id));
        String me = currentUser.username();
        ConsultationAnswer parsed = Arrays.stream(ConsultationAnswer.values())
                .filter(a -> answer != null && a.name().equals(answer.trim())).findFirst().orElse(null);
        if (parsed == null && answer != null && !answer.isBlank()) {
            throw InvalidInputException.of("answer", "council.consultation.error.answer");
        }
        Map<String, Object> before = c.responseOf(me).map(Consultations::snapshot).orElse(Map.of());
        boolean last;
        try {
            last = c.respond(me, parsed, text, clock.instant());
        } catch (Consultation.Invalid e) {
            throw invalid(e);
        } catch (Consultation.NotOpen e) {
            throw new ConflictException("council.consultation.error.closed");
        } catch (Consultation.NotParticipant e) {
            throw new ConflictException("council.consultation.error.notAsked");
        }
        audit.record(Consultation.AUDIT_TYPE, c.id(), "CONSULTATION_ANSWERED",
                Changes.between(before, snapshot(c.responseOf(me).orElseThrow())));
        if (last) {
            concluded(c);
        }
        return view(c, me);
    }

    /**
     * Closes every open snabbsamråd whose deadline has passed, as the injected clock tells; each is locked first, so
     * a concurrent run or a last answer closes it once. Run by the timer (no caller), so open to all: it does only
     * what the deadlines already decided.
     *
     * @return how many it closed
     */
    @PermitAll
    public int closeDue() {
        int count = 0;
        for (long id : consultations.findDue(clock.instant())) {
            Consultation c = consultations.lock(id).orElseThrow();
            if (c.closeIfDue(clock.instant())) {
                concluded(c);
                count++;
            }
        }
        return count;
    }

    private void concluded(Consultation c) {
        String summary = c.summary(this::name);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", c.status());
        after.put("closing", c.closing());
        after.put("outcome", c.outcome());
        after.put("summary", summary);
        audit.record(Consultation.AUDIT_TYPE, c.id(), "CONSULTATION_CLOSED",
                Changes.between(Map.of("status", ConsultationStatus.OPEN), after));
        closed.fire(new ConsultationClosed(c.caseNumber(), c.title(), c.id(), c.outcome(), summary, c.closedAt()));
        mail(c, summary);
    }

    /** To the contact person, the submitter and the responsible director. */
    private void mail(Consultation c, String summary) {
        Set<String> to = new LinkedHashSet<>();
        contacts.find(c.caseNumber()).ifPresent(contact -> {
            if (contact.contactEmail() != null && contact.contactEmail().contains("@")) {
                to.add(contact.contactEmail());
            }
            directory.person(contact.submittedBy()).map(p -> p.email()).filter(e -> e != null && e.contains("@"))
                    .ifPresent(to::add);
        });
        director(c).map(p -> p.email()).filter(e -> e != null && e.contains("@")).ifPresent(to::add);
        if (to.isEmpty()) {
            return;
        }
        String body = "Hej!\n\nDigitaliseringsrådets snabbsamråd om \"" + c.title() + "\" (" + c.caseNumber()
                + ") avslutades " + DATE.format(c.closedAt())
                + (c.closing() == Consultation.Closing.DEADLINE ? " när svarstiden gick ut." : " när alla ledamöter svarat.")
                + "\n\nResultat: " + summary
                + "\n\nResultatet anmäls i protokollet från rådets nästa sammanträde. Du följer ärendet under Mina"
                + " ärenden i Digitaliseringsportalen.";
        mailer.send(new MailMessage(List.copyOf(to), "Snabbsamråd avslutat: " + c.caseNumber() + " "
                + c.outcome().swedish().toLowerCase(Locale.ROOT), body, List.of()));
    }

    /**
     * The förvaltningschef of the case's förvaltning; only when none is set, the portal user whose name the
     * submitter wrote as responsible director.
     */
    private Optional<Person> director(Consultation c) {
        Optional<Person> manager = directory.managerOf(c.orgUnitId());
        if (manager.isPresent() || c.responsibleDirector() == null) {
            return manager;
        }
        return Arrays.stream(Role.values()).flatMap(r -> directory.withRole(r).stream())
                .filter(p -> p.fullName().equalsIgnoreCase(c.responsibleDirector())).findFirst();
    }

    private Consultation find(long id) {
        return consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    private String name(String username) {
        return directory.person(username).map(p -> p.fullName()).orElse(username);
    }

    private ResponseView response(ConsultationResponse r) {
        return new ResponseView(r.member(), name(r.member()), r.answer(), r.text(), r.respondedAt());
    }

    private ConsultationView view(Consultation c, String me) {
        return new ConsultationView(c.id(), c.caseNumber(), c.title(), c.underlagId(), c.responsibleDirector(),
                c.requestedBy(), c.requestedAt(), c.status(), c.openedBy(), c.openedAt(), c.deadline(),
                c.participants().size(), c.responses().size(), c.closedAt(),
                c.closing() == null ? null : c.closing().name(), c.outcome(),
                c.status() == ConsultationStatus.CLOSED ? c.summary(this::name) : null,
                c.responseOf(me).map(ConsultationResponse::answer).orElse(null));
    }

    private static Map<String, Object> snapshot(ConsultationResponse r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("member", r.member());
        s.put("answer", r.answer());
        s.put("text", r.text());
        return s;
    }

    private static InvalidInputException invalid(Consultation.Invalid e) {
        return new InvalidInputException(e.fields().stream()
                .map(f -> new InvalidInputException.FieldError(f, "council.consultation.error." + f)).toList());
    }
}
