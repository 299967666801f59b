package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.api.CouncilDecisionTaken;
import se.digiportal.council.application.Views.PublicDecisionView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CaseContactRepository;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesCorrectionRepository;
import se.digiportal.council.domain.MinutesRepository;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.CurrentUserService;

/**
 * The council's decisions on a case as its submitter follows them: where each was taken (meeting, §) and, once
 * the minutes are adjusted, the minutes themselves as PDF. Adjusted minutes are a public record; drafts, agendas and
 * other cases' underlag stay with the council. Someone else's case is simply not found.
 */
@Stateless
@RolesAllowed(Role.Names.SUBMITTER)
public class PublicDecisionRecords {

    @Inject
    CouncilMeetingRepository meetings;

    @Inject
    MinutesRepository minutes;

    @Inject
    MinutesCorrectionRepository corrections;

    @Inject
    CaseContactRepository contacts;

    @Inject
    MinutesDocument document;

    @Inject
    CurrentUserService currentUser;

    /** The decisions on the caller's own case, latest first (none for anyone else's). */
    public List<PublicDecisionView> forOwnCase(String caseNumber) {
        if (!own(caseNumber)) {
            return List.of();
        }
        return meetings.findDecided(null, caseNumber).stream().map(this::view).toList();
    }

    /**
     * The adjusted minutes of a meeting that decided the caller's own case.
     *
     * @throws NotFoundException not the caller's case, not decided at that meeting, or the minutes not adjusted
     */
    public byte[] adjustedMinutesPdf(String caseNumber, long meetingId) {
        if (!own(caseNumber) || meetings.findDecided(meetingId, caseNumber).isEmpty()) {
            throw new NotFoundException("decision on " + caseNumber + " at meeting " + meetingId);
        }
        Minutes m = minutes.findByMeeting(meetingId).filter(Minutes::adjusted)
                .orElseThrow(() -> new NotFoundException("adjusted minutes of meeting " + meetingId));
        return MinutesPdf.render(document, m, meetings.findById(meetingId).orElseThrow(),
                corrections.findByMinutes(m.id()));
    }

    private boolean own(String caseNumber) {
        return caseNumber != null && contacts.find(caseNumber)
                .map(c -> currentUser.username().equals(c.submittedBy())).orElse(false);
    }

    private PublicDecisionView view(AgendaItem i) {
        var d = i.decision().orElseThrow();
        long meetingId = i.meeting().id();
        Optional<Minutes> adjusted = minutes.findByMeeting(meetingId).filter(Minutes::adjusted);
        String reference = CouncilDecisionTaken.referenceOf(i.meeting().startsAt(), i.position());
        return new PublicDecisionView(i.referral().caseNumber(), d.outcome(), d.motivation(), d.conditions(),
                d.whatToComplete(), meetingId, i.meeting().startsAt(), i.position(), reference, d.decidedAt(),
                adjusted.isPresent(), adjusted.map(m -> "/intake/council-minutes.pdf?case=" + i.referral().caseNumber()
                        + "&meeting=" + meetingId).orElse(null));
    }
}
