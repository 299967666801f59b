package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.digiportal.beredning.api.DecisionBases;
import se.digiportal.council.application.Views.AgendaItemView;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.MeetingDetail;
import se.digiportal.council.application.Views.ReferralView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.CouncilReferral;
import se.digiportal.council.domain.CouncilReferralRepository;
import se.digiportal.council.domain.MeetingStatus;
import se.digiportal.council.domain.ReferralStatus;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;

/**
 * The digitaliseringsråd's meeting calendar and agendas: every member reads them (with each case's underlag); the
 * secretary plans meetings, places referred cases on them and orders the föredragningslista.
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilMeetings {

    public static final String AUDIT_TYPE = "CouncilMeeting";

    @Inject
    CouncilMeetingRepository meetings;

    @Inject
    CouncilReferralRepository referrals;

    @Inject
    DecisionBases underlag;

    @Inject
    se.digiportal.council.domain.MinutesRepository minutes;

    @Inject
    AuditTrail audit;

    @Inject
    MeetingCalendarFeed feed;

    @Inject
    se.digiportal.kernel.application.Directory directory;

    @Inject
    se.digiportal.kernel.application.Mailer mailer;

    @Inject
    Clock clock;

    public List<CouncilMeetingView> upcoming(Instant from) {
        return meetings.findStartingFrom(from).stream().map(Mapping::meeting).toList();
    }

    /** Planned meetings from now, the ones a case can be placed on. */
    public List<CouncilMeetingView> plannable() {
        return meetings.findStartingFrom(clock.instant()).stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED).map(Mapping::meeting).toList();
    }

    public MeetingDetail meeting(long id) {
        return Mapping.detail(find(id), minutes.findByMeeting(id).orElse(null));
    }

    /** The "to be scheduled" list, oldest referral first. */
    public List<ReferralView> toBeScheduled() {
        return referrals.findToBeScheduled().stream().map(Mapping::referral).toList();
    }

    /**
     * Plans a meeting.
     *
     * @throws InvalidInputException {@code startsAt} missing or passed, {@code location} blank or over 200
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public CouncilMeetingView schedule(Instant startsAt, String location) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (startsAt == null || !startsAt.isAfter(clock.instant())) {
            errors.add(new InvalidInputException.FieldError("startsAt", "council.error.startsAt"));
        }
        if (location == null || location.isBlank() || location.trim().length() > CouncilMeeting.LOCATION_MAX_LENGTH) {
            errors.add(new InvalidInputException.FieldError("location", "council.error.location"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CouncilMeeting meeting = meetings.save(new CouncilMeeting(startsAt, location));
        audit.record(AUDIT_TYPE, meeting.id(), "MEETING_SCHEDULED", Changes.between(Map.of(),
                Map.of("startsAt", meeting.startsAt(), "location", meeting.location(), "status", meeting.status())));
        return Mapping.meeting(meeting);
    }

    /**
     * Places a case from the "to be scheduled" list last on a planned meeting's agenda.
     *
     * @throws ConflictException the meeting is not planned, or the case is not waiting to be scheduled
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public AgendaItemView place(long meetingId, long referralId) {
        CouncilMeeting meeting = find(meetingId);
        CouncilReferral referral = referrals.findById(referralId)
                .orElseThrow(() -> InvalidInputException.of("referralId", "council.error.referral"));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("council.error.meetingNotPlanned");
        }
        if (referral.status() != ReferralStatus.TO_BE_SCHEDULED) {
            throw new ConflictException("council.error.notToBeScheduled");
        }
        AgendaItem item = meeting.place(referral);
        meetings.save(meeting);
        audit.record(AUDIT_TYPE, meeting.id(), "CASE_PLACED_ON_AGENDA", Changes.between(Map.of(),
                Map.of("caseNumber", referral.caseNumber(), "position", item.position())));
        audit.record(CouncilReferral.AUDIT_TYPE, referral.id(), "REFERRAL_SCHEDULED",
                Changes.between(Map.of("status", ReferralStatus.TO_BE_SCHEDULED),
                        Map.of("status", referral.status(), "meetingId", meeting.id())));
        return Mapping.item(item);
    }

    /**
     * Moves an agenda item to a place (1 = first).
     *
     * @throws InvalidInputException {@code position} outside the agenda
     * @throws ConflictException     the meeting is no longer planned
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public MeetingDetail move(long meetingId, long itemId, int position) {
        CouncilMeeting meeting = find(meetingId);
        AgendaItem item = meeting.agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item " + itemId));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("council.error.meetingNotPlanned");
        }
        if (position < 1 || position > meeting.agenda().size()) {
            throw InvalidInputException.of("position", "council.error.position");
        }
        int before = item.position();
        meeting.move(item, position);
        audit.record(AUDIT_TYPE, meeting.id(), "AGENDA_REORDERED", Changes.between(
                Map.of("caseNumber", item.referral().caseNumber(), "position", before),
                Map.of("caseNumber", item.referral().caseNumber(), "position", item.position())));
        return Mapping.detail(meeting);
    }

    /**
     * Sends the agenda (föredragningslista) to every council member and the secretary, with the meeting as an
     * .ics and a link to the agenda where each case's underlag is read.
     *
     * @throws ConflictException the meeting is not planned, or its agenda is empty
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public CouncilMeetingView sendAgenda(long meetingId) {
        CouncilMeeting meeting = find(meetingId);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("council.error.meetingNotPlanned");
        }
        if (meeting.agenda().isEmpty()) {
            throw new ConflictException("council.error.emptyAgenda");
        }
        java.time.Instant now = clock.instant();
        Object before = meeting.agendaSentAt();
        meeting.agendaSent(now);
        java.util.Set<String> to = new java.util.TreeSet<>();
        for (Role role : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY)) {
            directory.withRole(role).stream().map(p -> p.email()).filter(e -> e != null && e.contains("@"))
                    .forEach(to::add);
        }
        String when = AGENDA_TIME.format(meeting.startsAt());
        StringBuilder body = new StringBuilder("Hej!\n\nHär är föredragningslistan till digitaliseringsrådets "
                + "sammanträde ").append(when).append(", ").append(meeting.location()).append(".\n");
        for (AgendaItem i : meeting.agenda()) {
            body.append("\n").append(i.position()).append(". ").append(i.referral().caseNumber()).append(" ")
                    .append(i.referral().title());
            if (i.referral().proposedDecision() != null) {
                body.append("\n   Förslag till beslut: ").append(i.referral().proposedDecision());
            }
        }
        body.append("\n\nBeslutsunderlagen läser du på ")
                .append(System.getProperty("digiportal.base.url", "http://localhost:8080"))
                .append("/council/meeting.xhtml?id=").append(meeting.id()).append("\n");
        byte[] ics = feed.publish(List.of(entry(meeting, now)));
        if (!to.isEmpty()) {
            mailer.send(new se.digiportal.kernel.application.MailMessage(List.copyOf(to),
                    "Föredragningslista: digitaliseringsrådet " + when, body.toString(),
                    List.of(new se.digiportal.kernel.application.MailMessage.Attachment("sammantrade.ics",
                            MeetingCalendarFeed.CONTENT_TYPE, ics))));
        }
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("agendaSentAt", now);
        after.put("recipients", to.size());
        java.util.Map<String, Object> was = new java.util.HashMap<>();
        was.put("agendaSentAt", before);
        audit.record(AUDIT_TYPE, meeting.id(), "AGENDA_SENT", Changes.between(was, after));
        return Mapping.meeting(meeting);
    }

    private static final java.time.format.DateTimeFormatter AGENDA_TIME = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'kl.' HH:mm", java.util.Locale.forLanguageTag("sv"))
            .withZone(java.time.ZoneId.of("Europe/Stockholm"));

    private static MeetingCalendarFeed.Entry entry(CouncilMeeting m, java.time.Instant now) {
        return new MeetingCalendarFeed.Entry(MeetingCalendarFeed.Entry.uidOf(m.id()), m.startsAt(),
                m.startsAt().plus(java.time.Duration.ofHours(2)), "Digitaliseringsrådets sammanträde",
                m.agenda().stream().map(i -> i.position() + ". " + i.referral().caseNumber() + " "
                        + i.referral().title()).collect(java.util.stream.Collectors.joining("\n")),
                m.location(), m.status() == MeetingStatus.CANCELLED, now);
    }

    /** The published underlag of an agenda item's case, as PDF. */
    public byte[] underlagPdf(long meetingId, long itemId) {
        AgendaItem item = find(meetingId).agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item " + itemId));
        return underlag.pdf(item.referral().underlagId())
                .orElseThrow(() -> new NotFoundException("underlag " + item.referral().underlagId()));
    }

    /**
     * The council's meetings from a year back as a subscribable iCalendar feed (two hours each; a cancelled meeting
     * stays with STATUS:CANCELLED). The description lists the agenda by case number and title.
     */
    public byte[] calendar() {
        java.time.Instant now = clock.instant();
        return feed.publish(meetings.findStartingFrom(now.minus(java.time.Duration.ofDays(365))).stream()
                .map(m -> entry(m, now)).toList());
    }

    private CouncilMeeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("council meeting " + id));
    }
}
