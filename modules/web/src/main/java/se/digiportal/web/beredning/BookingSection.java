package se.digiportal.web.beredning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.BookingView;
import se.digiportal.beredning.application.Views.MeetingView;
import se.digiportal.beredning.domain.Invitees;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/**
 * The workbench's booking section (booking-section.xhtml): where the case is booked, and "book on the next
 * meeting" with the colleagues the submitter named. The including page passes the case number.
 */
@Named
@ViewScoped
public class BookingSection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient PreparationMeetings meetings;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private List<BookingView> bookings = List.of();
    private String invitees;
    private List<MeetingView> upcoming = List.of();
    private Long meetingId;

    /** Called by the fragment with its caseNumber parameter; loads once per case, so typed input survives. */
    public void load(String forCase) {
        if (forCase == null || forCase.equals(caseNumber)) {
            return;
        }
        caseNumber = forCase;
        reload();
    }

    private void reload() {
        try {
            bookings = meetings.bookings(caseNumber);
            upcoming = meetings.upcoming();
        } catch (NotFoundException e) {
            bookings = List.of();
        }
    }

    public void bookNext() {
        run(() -> meetings.bookOnNextMeeting(caseNumber, Invitees.parse(invitees)), "booking.booked");
    }

    /** Books on the meeting chosen in the list instead of the next one. */
    public void book() {
        if (meetingId == null) {
            messages.fieldErrors("bookingForm", InvalidInputException.of("meeting", "booking.error.chooseMeeting"));
            return;
        }
        run(() -> meetings.book(caseNumber, meetingId, Invitees.parse(invitees)), "booking.bookedOnChosen");
    }

    private void run(Runnable booking, String doneKey) {
        try {
            booking.run();
            invitees = null;
            meetingId = null;
            reload();
            messages.info(doneKey);
        } catch (InvalidInputException e) {
            messages.fieldErrors("bookingForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    /** A meeting in the list: its local time and place. */
    public String label(MeetingView m) {
        return LOCAL.format(m.startsAt()) + " – " + m.location();
    }

    /** Who was invited, as a line of text. */
    public String inviteesOf(BookingView b) {
        return String.join(", ", b.invitees());
    }

    public String getCaseNumber() { return caseNumber; }
    public List<BookingView> getBookings() { return bookings; }
    public String getInvitees() { return invitees; }
    public void setInvitees(String invitees) { this.invitees = invitees; }
    public List<MeetingView> getUpcoming() { return upcoming; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
}
