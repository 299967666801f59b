package se.digiportal.web.beredning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.BookingView;
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

    @Inject
    transient PreparationMeetings meetings;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private List<BookingView> bookings = List.of();
    private String invitees;

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
        } catch (NotFoundException e) {
            bookings = List.of();
        }
    }

    public void bookNext() {
        try {
            meetings.bookOnNextMeeting(caseNumber, Invitees.parse(invitees));
            invitees = null;
            reload();
            messages.info("booking.booked");
        } catch (InvalidInputException e) {
            messages.fieldErrors("bookingForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public String getCaseNumber() { return caseNumber; }
    public List<BookingView> getBookings() { return bookings; }
    public String getInvitees() { return invitees; }
    public void setInvitees(String invitees) { this.invitees = invitees; }
}
