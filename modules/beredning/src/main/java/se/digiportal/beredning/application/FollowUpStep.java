package se.digiportal.beredning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import se.digiportal.beredning.api.CaseParked;
import se.digiportal.beredning.api.CompletionReminderSent;
import se.digiportal.beredning.domain.CompletionRequest;
import se.digiportal.beredning.domain.CompletionRequestRepository;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.WorkingDays;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.SettingKey;

/** One follow-up step for one request, in a transaction of its own; see {@link FollowUp}. */
@Stateless
@PermitAll
public class FollowUpStep {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new java.util.Locale("sv"));

    @Inject
    CompletionRequestRepository requests;

    @Inject
    PreparationCaseRepository cases;

    @Inject
    SettingsService settings;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<CompletionReminderSent> reminded;

    @Inject
    Event<CaseParked> parked;

    /** Takes the step that is due today, if it still is once the request is locked; returns what was done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CompletionRequest.Step take(long requestId, LocalDate today) {
        CompletionRequest request = requests.lock(requestId).orElse(null);
        if (request == null) {
            return CompletionRequest.Step.NONE;
        }
        CompletionRequest.Step due = request.due(today);
        if (due == CompletionRequest.Step.NONE) {
            return due;
        }
        PreparationCase c = cases.findById(request.caseId()).orElseThrow();
        Instant now = clock.instant();
        Map<String, Object> before = snapshot(c, request);
        if (due == CompletionRequest.Step.REMIND) {
            LocalDate newDeadline = WorkingDays.add(today, settings.intValue(SettingKey.PARKING_DELAY_WORKING_DAYS));
            request.remind(newDeadline, now);
            audit.record(PreparationCase.AUDIT_TYPE, c.id(), "COMPLETION_REMINDED",
                    Changes.between(before, snapshot(c, request)));
            reminded.fire(new CompletionReminderSent(c.caseNumber(), newDeadline, now));
            mail(c, "Påminnelse: komplettera " + c.caseNumber(),
                    "Hej!\n\nBeredningsgruppen väntar fortfarande på din komplettering av initiativet \"" + c.title()
                            + "\" (" + c.caseNumber() + ").\n\nDetta behöver kompletteras:\n"
                            + request.whatToComplete() + "\n\nNy sista dag: " + DATE.format(newDeadline)
                            + ". Kommer inget svar då parkeras ärendet.\n\nSvara under Mina ärenden i "
                            + "Digitaliseringsportalen.");
        } else {
            request.park(now);
            c.park(now);
            audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_PARKED",
                    Changes.between(before, snapshot(c, request)));
            parked.fire(new CaseParked(c.caseNumber(), now));
            mail(c, "Ditt initiativ " + c.caseNumber() + " är parkerat",
                    "Hej!\n\nVi har inte fått någon komplettering av initiativet \"" + c.title() + "\" ("
                            + c.caseNumber() + ") och har därför parkerat ärendet.\n\nDu väcker det igen genom "
                            + "att svara på begäran om komplettering under Mina ärenden i Digitaliseringsportalen.");
        }
        return due;
    }

    /** To the contact person, and to the submitter when that is someone else. */
    private void mail(PreparationCase c, String subject, String body) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        if (c.contactEmail() != null && c.contactEmail().contains("@")) {
            to.add(c.contactEmail());
        }
        directory.person(c.submittedBy()).map(p -> p.email()).filter(e -> e != null && e.contains("@"))
                .ifPresent(to::add);
        if (!to.isEmpty()) {
            mailer.send(new MailMessage(java.util.List.copyOf(to), subject, body, java.util.List.of()));
        }
    }

    private static Map<String, Object> snapshot(PreparationCase c, CompletionRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", c.status());
        m.put("completionState", r.state());
        m.put("deadline", r.currentDeadline());
        return m;
    }
}
