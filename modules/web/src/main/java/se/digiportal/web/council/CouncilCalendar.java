package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.ReferralView;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.web.faces.FacesMessages;

/**
 * The digitaliseringsråd's calendar: meetings to come, the referred cases waiting to be scheduled, and for the
 * secretary the forms to plan a meeting and to place a case on one.
 */
@Named
@ViewScoped
public class CouncilCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMeetings meetings;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Clock clock;

    private List<CouncilMeetingView> upcoming;
    private List<CouncilMeetingView> plannable;
    private List<ReferralView> toBeScheduled;
    private final Map<Long, Long> chosenMeeting = new HashMap<>();
    private Instant startsAt;
    private String location;

    @PostConstruct
    void load() {
        upcoming = meetings.upcoming(clock.instant());
        plannable = meetings.plannable();
        toBeScheduled = meetings.toBeScheduled();
        chosenMeeting.clear();
        Long first = plannable.isEmpty() ? null : plannable.get(0).id();
        toBeScheduled.forEach(r -> chosenMeeting.put(r.id(), first));
    }

    public void schedule() {
        try {
            meetings.schedule(startsAt, location);
            startsAt = null;
            location = null;
            messages.info("council.scheduled");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("newMeetingForm", e);
        }
    }

    public void place(ReferralView referral) {
        Long meetingId = chosenMeeting.get(referral.id());
        if (meetingId == null) {
            messages.error("council.error.meeting");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            meetings.place(meetingId, referral.id());
            messages.info("council.placed");
            load();
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public boolean isSecretary() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COUNCIL_SECRETARY);
    }

    public List<CouncilMeetingView> getUpcoming() { return upcoming; }
    public List<CouncilMeetingView> getPlannable() { return plannable; }
    public List<ReferralView> getToBeScheduled() { return toBeScheduled; }
    public Map<Long, Long> getChosenMeeting() { return chosenMeeting; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
}
