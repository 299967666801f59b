package se.digiportal.web.beredning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.AgendaItemView;
import se.digiportal.beredning.application.Views.MeetingDetailView;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/** One meeting: its cases in agenda order, and the note the group records per case at the meeting. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PreparationMeetings meetings;

    @Inject
    transient FacesMessages messages;

    private long meetingId;
    private MeetingDetailView meeting;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            meetingId = Long.parseLong(id == null ? "" : id);
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            meeting = null;
        }
    }

    private void reload() {
        meeting = meetings.meeting(meetingId);
        notes.clear();
        meeting.agenda().forEach(i -> notes.put(i.id(), i.note()));
    }

    public void saveNote(AgendaItemView item) {
        try {
            meetings.recordNote(item.id(), notes.get(item.id()));
            reload();
            messages.info("meetings.noteSaved");
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public MeetingDetailView getMeeting() { return meeting; }
    public Map<Long, String> getNotes() { return notes; }
    public long getMeetingId() { return meetingId; }
}
