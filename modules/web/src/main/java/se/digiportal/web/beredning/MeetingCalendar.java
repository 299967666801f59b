package se.digiportal.web.beredning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.MeetingView;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.web.faces.FacesMessages;

/** The beredningsgrupp's meeting calendar: meetings to come and held, and the form to plan or move one. */
@Named
@ViewScoped
public class MeetingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAST_SHOWN = 20;

    @Inject
    transient PreparationMeetings meetings;

    @Inject
    transient FacesMessages messages;

    private List<MeetingView> upcoming;
    private List<MeetingView> past;

    private boolean editing;
    private Long editingId;
    private Instant startsAt;
    private Integer duration;
    private String location;
    private String note;

    @PostConstruct
    void load() {
        upcoming = meetings.upcoming();
        past = meetings.past(PAST_SHOWN);
    }

    public void newMeeting() {
        editing = true;
        editingId = null;
        startsAt = null;
        duration = 120;
        location = null;
        note = null;
    }

    public void edit(MeetingView m) {
        editing = true;
        editingId = m.id();
        startsAt = m.startsAt();
        duration = m.durationMinutes();
        location = m.location();
        note = m.note();
    }

    public void save() {
        try {
            int minutes = duration == null ? 0 : duration;
            if (editingId == null) {
                meetings.schedule(startsAt, minutes, location, note);
                messages.info("meetings.scheduled");
            } else {
                meetings.reschedule(editingId, startsAt, minutes, location, note);
                messages.info("meetings.rescheduled");
            }
            editing = false;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("meetingForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<MeetingView> getUpcoming() { return upcoming; }
    public List<MeetingView> getPast() { return past; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editingId == null; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
