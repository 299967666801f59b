package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.digiportal.beredning.api.CaseBookedOnMeeting;
import se.digiportal.beredning.application.InvitationCalendar.Invitation;
import se.digiportal.beredning.application.Views.AgendaItemView;
import se.digiportal.beredning.application.Views.BookingView;
import se.digiportal.beredning.application.Views.MeetingDetailView;
import se.digiportal.beredning.application.Views.MeetingView;
import se.digiportal.beredning.domain.AgendaItem;
import se.digiportal.beredning.domain.AgendaItemRepository;
import se.digiportal.beredning.domain.Invitees;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationMeeting;
import se.digiportal.beredning.domain.PreparationMeetingRepository;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.Changes;

/**
 * The beredningsgrupp's meeting calendar and agendas: meetings are planned and moved here, cases are booked on
 * them (the contact person and named colleagues get an invitation with an .ics file), and the group records a
 * note per case at the meeting. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class PreparationMeetings {

    /** Meetings are held in the municipality's time zone; mails speak it, the .ics speaks UTC. */
    static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm")
            .withZone(MUNICIPALITY);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(MUNICIPALITY);
    private static final String MEETING_AUDIT_TYPE = "PreparationMeeting";
    /** Organizer of the .ics when the booking beredare has no address of their own. */
    static final String FALLBACK_ORGANIZER = "beredningsgruppen@kommun.example";

    @Inject
    PreparationMeetingRepository meetings;

    @Inject
    AgendaItemRepository agenda;

    @Inject
    PreparationCaseRepository cases;

    @Inject
    InvitationCalendar calendar;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    CurrentUserService currentUser;

    @Inject
    Event<CaseBookedOnMeeting> booked;

    @Inject
    Clock clock;


    /** Meetings from now on, earliest first. */
    public List<MeetingView> upcoming() {
        return meetings.findStartingFrom(clock.instant()).stream().map(this::view).toList();
    }

    /** Meetings that have started, latest first. */
    public List<MeetingView> past(int max) {
        return meetings.findStartedBefore(clock.instant(), Math.max(1, Math.min(max, 200))).stream()
                .map(this::view).toList();
    }

    public MeetingDetailView meeting(long meetingId) {
        PreparationMeeting m = find(meetingId);
        return new MeetingDetailView(view(m), agenda.findByMeeting(meetingId).stream().map(this::view).toList());
    }

    /** Plans a meeting; times are instants, the page converts from the municipality's local time. */
    public MeetingView schedule(Instant startsAt, int durationMinutes, String location, String note) {
        validate(startsAt, durationMinutes, location, note);
        PreparationMeeting m = meetings.save(new PreparationMeeting(startsAt, durationMinutes, location, note));
        audit.record(MEETING_AUDIT_TYPE, m.id(), "MEETING_SCHEDULED", Changes.between(Map.of(), snapshot(m)));
        return view(m);
    }

    /**
     * Moves or edits a meeting. When its time or place changes, everybody invited to it gets the updated
     * invitation: same UID, higher SEQUENCE, so their calendar entry moves along.
     */
    public MeetingView reschedule(long meetingId, Instant startsAt, int durationMinutes, String location, String note) {
        validate(startsAt, durationMinutes, location, note);
        PreparationMeeting m = find(meetingId);
        Map<String, Object> before = snapshot(m);
        m.reschedule(startsAt, durationMinutes, location);
        m.annotate(note);
        m = meetings.save(m);
        Map<String, Object> after = snapshot(m);
        audit.record(MEETING_AUDIT_TYPE, m.id(), "MEETING_RESCHEDULED", Changes.between(before, after));
        boolean moved = !before.get("startsAt").equals(after.get("startsAt"))
                || !before.get("durationMinutes").equals(after.get("durationMinutes"))
                || !before.get("location").equals(after.get("location"));
        if (moved) {
            for (AgendaItem item : agenda.findByMeeting(meetingId)) {
                Optional<PreparationCase> c = cases.findById(item.caseId());
                if (c.isPresent() && !item.invitees().isEmpty()) {
                    invite(m, c.get(), item.invitees(), true);
                }
            }
        }
        return view(m);
    }

    /** Books the case on the next meeting: the first that starts after now. */
    public BookingView bookOnNextMeeting(String caseNumber, List<String> extraInvitees) {
        PreparationMeeting next = meetings.findFirstStartingAfter(clock.instant())
                .orElseThrow(() -> new ConflictException("booking.error.noNextMeeting"));
        return book(caseNumber, next.id(), extraInvitees);
    }

    /**
     * Books the case last on the meeting's agenda and invites the contact person and the named colleagues by
     * mail with an .ics file (sent after commit). A case is on a meeting once; a past meeting takes no bookings.
     */
    public BookingView book(String caseNumber, long meetingId, List<String> extraInvitees) {
        PreparationCase c = findCase(caseNumber);
        PreparationMeeting m = find(meetingId);
        if (!m.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("booking.error.pastMeeting");
        }
        if (!c.status().isOpen()) {
            throw new ConflictException("booking.error.closedCase");
        }
        List<String> invitees = Invitees.of(c.contactEmail(), extraInvitees);
        if (agenda.findByMeeting(meetingId).stream().anyMatch(i -> i.caseId() == c.id())) {
            throw new ConflictException("booking.error.alreadyBooked");
        }
        AgendaItem item = agenda.save(new AgendaItem(meetingId, c, agenda.lastPosition(meetingId) + 1, invitees,
                currentUser.username(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("caseNumber", c.caseNumber());
        after.put("position", item.position());
        after.put("invitees", String.join(", ", invitees));
        audit.record(AgendaItem.AUDIT_TYPE, item.id(), "CASE_BOOKED", Changes.between(Map.of(), after));
        invite(m, c, invitees, false);
        booked.fire(new CaseBookedOnMeeting(c.caseNumber(), m.id(), m.startsAt(), label(m), clock.instant()));
        return view(item, m);
    }

    /** Where the case is booked, in booking order. */
    public List<BookingView> bookings(String caseNumber) {
        PreparationCase c = findCase(caseNumber);
        return agenda.findByCase(c.id()).stream()
                .map(i -> view(i, find(i.meetingId())))
                .toList();
    }

    /** The note the group records for a case at the meeting; saving again replaces it. */
    public AgendaItemView recordNote(long agendaItemId, String note) {
        AgendaItem item = agenda.findById(agendaItemId)
                .orElseThrow(() -> new NotFoundException("agenda item " + agendaItemId));
        if (note != null && note.strip().length() > AgendaItem.NOTE_MAX_LENGTH) {
            throw InvalidInputException.of("note", "meetings.error.noteTooLong");
        }
        String before = item.note();
        item.recordNote(note, currentUser.username(), clock.instant());
        audit.record(AgendaItem.AUDIT_TYPE, item.id(), "MEETING_NOTE_RECORDED",
                Changes.of("note", before, item.note()));
        return view(item);
    }

    private void invite(PreparationMeeting m, PreparationCase c, List<String> invitees, boolean update) {
        String by = currentUser.username();
        Person organizer = directory.person(by).orElse(null);
        String organizerEmail = organizer != null && organizer.email() != null && organizer.email().contains("@")
                ? organizer.email() : FALLBACK_ORGANIZER;
        String organizerName = organizer == null ? "Beredningsgruppen" : organizer.fullName() + ", beredningsgruppen";
        String summary = "Beredningsgruppen: " + c.caseNumber() + " " + c.title();
        String description = "Genomgång av ärende " + c.caseNumber() + " (" + c.title() + ") med beredningsgruppen."
                + (m.note() == null ? "" : "\n" + m.note());
        byte[] ics = calendar.request(new Invitation(Invitation.uidOf(m.id(), c.caseNumber()), (int) m.version(),
                m.startsAt(), m.endsAt(), summary, description, m.location(), organizerEmail, organizerName, invitees,
                clock.instant()));
        String subject = (update ? "Ändrad tid eller plats: " : "Inbjudan: ") + "beredningsgruppens möte "
                + LABEL.format(m.startsAt()) + " – " + c.caseNumber();
        String body = "Hej!\n\n"
                + (update ? "Beredningsgruppens möte där ärendet gås igenom har ändrats.\n\n"
                        : "Du är inbjuden till beredningsgruppens möte, där vi går igenom ärendet tillsammans.\n\n")
                + "Ärende: " + c.caseNumber() + " – " + c.title() + "\n"
                + "Tid: " + LABEL.format(m.startsAt()) + "–" + CLOCK.format(m.endsAt()) + " (svensk tid)\n"
                + "Plats: " + m.location() + "\n"
                + (m.note() == null ? "" : "Övrigt: " + m.note() + "\n")
                + "\nLägg in mötet i din kalender med den bifogade filen (inbjudan.ics).\n\n"
                + "Med vänlig hälsning\n" + organizerName + "\n";
        mailer.send(new MailMessage(invitees, subject, body,
                List.of(new MailMessage.Attachment("inbjudan.ics", InvitationCalendar.CONTENT_TYPE, ics))));
    }

    private static void validate(Instant startsAt, int durationMinutes, String location, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (startsAt == null) {
            errors.add(new FieldError("startsAt", "meetings.error.startsAt"));
        }
        if (durationMinutes < 1 || durationMinutes > PreparationMeeting.MAX_DURATION_MINUTES) {
            errors.add(new FieldError("duration", "meetings.error.duration"));
        }
        if (location == null || location.isBlank()) {
            errors.add(new FieldError("location", "meetings.error.location"));
        } else if (location.strip().length() > PreparationMeeting.LOCATION_MAX_LENGTH) {
            errors.add(new FieldError("location", "meetings.error.tooLong"));
        }
        if (note != null && note.strip().length() > PreparationMeeting.NOTE_MAX_LENGTH) {
            errors.add(new FieldError("note", "meetings.error.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private PreparationMeeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }

    private PreparationCase findCase(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("case " + caseNumber));
    }

    private static Map<String, Object> snapshot(PreparationMeeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("startsAt", m.startsAt());
        s.put("durationMinutes", m.durationMinutes());
        s.put("location", m.location());
        s.put("note", m.note());
        return s;
    }

    static String label(PreparationMeeting m) {
        return LABEL.format(m.startsAt()) + ", " + m.location();
    }

    private MeetingView view(PreparationMeeting m) {
        return new MeetingView(m.id(), m.startsAt(), m.endsAt(), m.durationMinutes(), m.location(), m.note(),
                agenda.findByMeeting(m.id()).size());
    }

    private AgendaItemView view(AgendaItem i) {
        PreparationCase c = cases.findById(i.caseId()).orElseThrow();
        return new AgendaItemView(i.id(), i.position(), i.caseNumber(), c.title(), c.contactName(), c.status(),
                i.invitees(), i.note(), i.notedBy(), i.notedAt());
    }

    private static BookingView view(AgendaItem i, PreparationMeeting m) {
        return new BookingView(i.id(), m.id(), m.startsAt(), m.location(), i.caseNumber(), i.position(),
                i.invitees());
    }
}
