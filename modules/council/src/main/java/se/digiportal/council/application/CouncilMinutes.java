package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import se.digiportal.council.application.Views.MinutesView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.MeetingStatus;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesRepository;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.domain.Changes;

/**
 * The minutes (protokoll) of the council's meetings: the secretary drafts them from the meeting (present members,
 * items, decisions) and edits them; the named adjuster, a council member, adjusts them; adjusted minutes are
 * locked (every change is a 409) and the meeting counts as held, so no decision on it changes either.
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilMinutes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    MinutesRepository minutes;

    @Inject
    CouncilMeetingRepository meetings;

    @Inject
    MinutesDocument document;

    @Inject
    se.digiportal.council.domain.MinutesCorrectionRepository corrections;

    @Inject
    Directory directory;

    @Inject
    CurrentUserService currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MinutesView minutes(long meetingId) {
        return view(find(meetingId));
    }

    /**
     * Drafts the minutes from the meeting: every council member as present (the secretary corrects it), and each
     * item with its decision.
     *
     * @throws InvalidInputException {@code adjuster} is not a council member
     * @throws ConflictException     the meeting is cancelled, or already has minutes
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public MinutesView draft(long meetingId, String adjuster) {
        CouncilMeeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("council meeting " + meetingId));
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("council.error.meetingCancelled");
        }
        if (minutes.findByMeeting(meetingId).isPresent()) {
            throw new ConflictException("council.error.minutesExist");
        }
        requireMember(adjuster);
        String present = directory.withRole(Role.COUNCIL_MEMBER).stream().map(p -> p.fullName())
                .collect(Collectors.joining(", "));
        Minutes m = minutes.save(new Minutes(meetingId, present.isBlank() ? "–" : present, generate(meeting)
                + consultationReports.section(meeting),
                adjuster, currentUser.username(), clock.instant()));
        audit.record(Minutes.AUDIT_TYPE, m.id(), "MINUTES_DRAFTED", Changes.between(Map.of(), snapshot(m)));
        return view(m);
    }

    /**
     * Edits the draft.
     *
     * @throws InvalidInputException {@code present} or {@code body} blank or too long, {@code adjuster} no member
     * @throws ConflictException     the minutes are adjusted
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public MinutesView edit(long meetingId, String present, String body, String adjuster) {
        Minutes m = find(meetingId);
        if (m.adjusted()) {
            throw new ConflictException("council.error.minutesAdjusted");
        }
        requireMember(adjuster);
        Map<String, Object> before = snapshot(m);
        try {
            m.edit(present, body, adjuster);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage(), "council.error.minutes." + e.getMessage());
        }
        audit.record(Minutes.AUDIT_TYPE, m.id(), "MINUTES_EDITED", Changes.between(before, snapshot(m)));
        return view(minutes.save(m));
    }

    /**
     * The named adjuster adjusts the minutes: they are locked and the meeting is held.
     *
     * @throws ConflictException already adjusted, or the caller is not the named adjuster
     */
    public MinutesView adjust(long meetingId) {
        Minutes m = find(meetingId);
        if (m.adjusted()) {
            throw new ConflictException("council.error.minutesAdjusted");
        }
        String caller = currentUser.username();
        if (!m.adjuster().equals(caller)) {
            throw new ConflictException("council.error.notAdjuster");
        }
        Map<String, Object> before = snapshot(m);
        m.adjust(caller, clock.instant());
        meetings.findById(meetingId).filter(meeting -> meeting.status() == MeetingStatus.PLANNED)
                .ifPresent(CouncilMeeting::markHeld);
        audit.record(Minutes.AUDIT_TYPE, m.id(), "MINUTES_ADJUSTED", Changes.between(before, snapshot(m)));
        return view(m);
    }

    /** Whether the meeting's minutes are adjusted (and so its decisions final). */
    public boolean adjusted(long meetingId) {
        return minutes.findByMeeting(meetingId).map(Minutes::adjusted).orElse(false);
    }

    /** The minutes as PDF; adjusted minutes list their adjusted corrections, which are documents of their own. */
    public byte[] pdf(long meetingId) {
        Minutes m = find(meetingId);
        CouncilMeeting meeting = meetings.findById(meetingId).orElseThrow();
        return MinutesPdf.render(document, m, meeting, corrections.findByMinutes(m.id()));
    }

    private void requireMember(String username) {
        if (username == null || directory.withRole(Role.COUNCIL_MEMBER).stream()
                .noneMatch(p -> p.username().equals(username.trim()))) {
            throw InvalidInputException.of("adjuster", "council.error.minutes.adjuster");
        }
    }

    @Inject
    ConsultationReports consultationReports;

    private static String generate(CouncilMeeting meeting) {
        StringBuilder text = new StringBuilder("Sammanträde ").append(DATE.format(meeting.startsAt())).append(", ")
                .append(meeting.location()).append("\n");
        for (AgendaItem i : meeting.agenda()) {
            text.append("\n§ ").append(i.position()).append(" ").append(i.referral().caseNumber()).append(" ")
                    .append(i.referral().title()).append("\n");
            i.decision().ifPresentOrElse(d -> {
                text.append("Beslut: ").append(d.outcome().swedish()).append(". ").append(d.motivation()).append("\n");
                if (d.conditions() != null) {
                    text.append("Villkor: ").append(d.conditions()).append("\n");
                }
                if (d.whatToComplete() != null) {
                    text.append("Att komplettera: ").append(d.whatToComplete()).append("\n");
                }
            }, () -> text.append("Inget beslut.\n"));
        }
        return text.toString();
    }

    private Minutes find(long meetingId) {
        return minutes.findByMeeting(meetingId)
                .orElseThrow(() -> new NotFoundException("minutes of council meeting " + meetingId));
    }

    private static Map<String, Object> snapshot(Minutes m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", m.status());
        s.put("adjuster", m.adjuster());
        s.put("present", m.present());
        s.put("bodyLength", m.body().length());
        return s;
    }

    private static MinutesView view(Minutes m) {
        return new MinutesView(m.id(), m.meetingId(), m.present(), m.body(), m.adjuster(), m.status().name(),
                m.draftedBy(), m.draftedAt(), m.adjustedAt());
    }
}
