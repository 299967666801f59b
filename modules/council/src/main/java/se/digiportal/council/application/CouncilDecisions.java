package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.digiportal.beredning.api.CouncilReturns;
import se.digiportal.council.api.CouncilDecisionTaken;
import se.digiportal.council.api.DecisionOutcome;
import se.digiportal.council.application.Views.DecisionForm;
import se.digiportal.council.application.Views.DecisionView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CaseContactRepository;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.CouncilReferral;
import se.digiportal.council.domain.Decision;
import se.digiportal.council.domain.MeetingStatus;
import se.digiportal.council.domain.ReferralKind;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.domain.Changes;

/**
 * The council's decisions per agenda item. Every member reads them; only the secretary records them. A decision
 * publishes {@link CouncilDecisionTaken} (the submitter's timeline, the portfolio), is mailed to the submitter and
 * contact person and audited; a deferred case (bordlagd) moves to the next planned meeting, or back to the "to be
 * scheduled" list when there is none; a returned one (återremiss) is reopened in beredning in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilDecisions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    CouncilMeetingRepository meetings;

    @Inject
    Event<CouncilDecisionTaken> taken;

    @Inject
    CaseContactRepository contacts;

    @Inject
    CouncilReturns returns;

    @Inject
    se.digiportal.council.domain.MinutesRepository minutes;

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

    /**
     * Decisions, latest first, each with its meeting, item (§) and minutes; of one meeting and/or one case when
     * given.
     */
    public List<DecisionView> decisions(Long meetingId, String caseNumber) {
        Map<Long, Optional<se.digiportal.council.domain.Minutes>> byMeeting = new java.util.HashMap<>();
        return meetings.findDecided(meetingId, caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim())
                .stream().map(i -> Mapping.decision(i, byMeeting.computeIfAbsent(i.meeting().id(),
                        minutes::findByMeeting).orElse(null))).toList();
    }

    /**
     * Records the council's decision on an agenda item.
     *
     * @throws InvalidInputException {@code agendaItemId} unknown, {@code outcome} missing or unknown,
     *                               {@code motivation} blank, {@code whatToComplete} blank on a återremiss, texts
     *                               over 5000 characters
     * @throws ConflictException     the item is already decided, or its meeting is cancelled
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public DecisionView decide(DecisionForm form) {
        AgendaItem item = meetings.findItem(form.agendaItemId())
                .orElseThrow(() -> InvalidInputException.of("agendaItemId", "council.error.agendaItem"));
        DecisionOutcome outcome = outcome(form.outcome());
        Decision decision;
        try {
            decision = Decision.of(outcome, form.motivation(), form.conditions(), form.whatToComplete(),
                    currentUser.username(), clock.instant());
        } catch (Decision.InvalidDecision e) {
            throw new InvalidInputException(e.fields().stream()
                    .map(f -> new InvalidInputException.FieldError(f, "council.error." + f)).toList());
        }
        CouncilMeeting meeting = item.meeting();
        if (item.decided()) {
            throw new ConflictException("council.error.alreadyDecided");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("council.error.meetingCancelled");
        }
        if (minutes.findByMeeting(meeting.id()).map(se.digiportal.council.domain.Minutes::adjusted).orElse(false)) {
            throw new ConflictException("council.error.minutesAdjusted");
        }
        CouncilReferral referral = item.referral();
        Object statusBefore = referral.status();
        meeting.decide(item, decision);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", outcome);
        after.put("motivation", decision.motivation());
        after.put("conditions", decision.conditions());
        after.put("whatToComplete", decision.whatToComplete());
        after.put("caseNumber", referral.caseNumber());
        after.put("meetingId", meeting.id());
        audit.record(CouncilMeetings.AUDIT_TYPE, meeting.id(), "DECISION_RECORDED", Changes.between(Map.of(), after));
        CouncilDecisionTaken event = new CouncilDecisionTaken(referral.caseNumber(), referral.title(), outcome,
                decision.motivation(), decision.conditions(), decision.whatToComplete(), meeting.id(),
                meeting.startsAt(), item.id(), item.position(), decision.decidedBy(), decision.decidedAt(),
                referral.kind().words(outcome));
        if (outcome == DecisionOutcome.DEFERRED) {
            deferToNextMeeting(meeting, referral);
        } else if (outcome == DecisionOutcome.RETURNED) {
            returns.returnedByCouncil(referral.caseNumber(), decision.whatToComplete(), event.reference());
        }
        audit.record(CouncilReferral.AUDIT_TYPE, referral.id(), "REFERRAL_DECIDED",
                Changes.between(Map.of("status", statusBefore), Map.of("status", referral.status(),
                        "outcome", outcome)));
        taken.fire(event);
        mail(referral, meeting, decision, event.reference());
        return Mapping.decision(item);
    }

    private void deferToNextMeeting(CouncilMeeting meeting, CouncilReferral referral) {
        Optional<CouncilMeeting> next = meetings.findNextPlannedAfter(meeting.startsAt());
        referral.unscheduled();
        if (next.isPresent()) {
            AgendaItem moved = next.get().place(referral);
            meetings.save(next.get());
            audit.record(CouncilMeetings.AUDIT_TYPE, next.get().id(), "CASE_PLACED_ON_AGENDA",
                    Changes.between(Map.of(), Map.of("caseNumber", referral.caseNumber(),
                            "position", moved.position(), "deferredFrom", meeting.id())));
        }
    }

    private static DecisionOutcome outcome(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("outcome", "council.error.outcome");
        }
        try {
            return DecisionOutcome.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "council.error.outcome");
        }
    }

    /** To the contact person, and to the submitter when that is someone else. */
    private void mail(CouncilReferral referral, CouncilMeeting meeting, Decision decision, String reference) {
        Set<String> to = new LinkedHashSet<>();
        contacts.find(referral.caseNumber()).ifPresent(c -> {
            if (c.contactEmail() != null && c.contactEmail().contains("@")) {
                to.add(c.contactEmail());
            }
            directory.person(c.submittedBy()).map(p -> p.email()).filter(e -> e != null && e.contains("@"))
                    .ifPresent(to::add);
        });
        if (to.isEmpty()) {
            return;
        }
        boolean samrad = referral.kind() == ReferralKind.CONSULTATION;
        String words = referral.kind().words(decision.outcome());
        StringBuilder body = new StringBuilder("Hej!\n\nDigitaliseringsrådet har vid sammanträdet ")
                .append(DATE.format(meeting.startsAt()))
                .append(samrad ? " hållit samråd om IT-upphandlingen \"" : " fattat beslut om initiativet \"")
                .append(referral.title()).append("\" (").append(referral.caseNumber()).append(").\n\n")
                .append(samrad ? "Samråd: " : "Beslut: ").append(words).append(" (").append(reference).append(")")
                .append("\n\nMotivering:\n").append(decision.motivation());
        if (decision.conditions() != null) {
            body.append("\n\nVillkor:\n").append(decision.conditions());
        }
        if (decision.whatToComplete() != null) {
            body.append("\n\nÄrendet återremitteras till beredningsgruppen. Detta behöver kompletteras:\n")
                    .append(decision.whatToComplete());
        }
        if (decision.outcome() == DecisionOutcome.DEFERRED) {
            body.append("\n\nÄrendet har bordlagts och tas upp vid ett senare sammanträde.");
        }
        body.append("\n\nDu följer ärendet under Mina ärenden i Digitaliseringsportalen.");
        mailer.send(new MailMessage(List.copyOf(to), (samrad ? "Samråd i digitaliseringsrådet: "
                : "Beslut i digitaliseringsrådet: ") + referral.caseNumber() + " " + words.toLowerCase(Locale.ROOT),
                body.toString(), List.of()));
    }
}
