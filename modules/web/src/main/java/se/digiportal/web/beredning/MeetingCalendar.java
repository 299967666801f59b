package se.digiportal.web.beredning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.PreparationMeetingView;

/** The beredningsgrupp's upcoming meetings. */
@Named
@ViewScoped
public class MeetingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PreparationMeetings meetings;

    @Inject
    transient Clock clock;

    private List<PreparationMeetingView> upcoming;

    @PostConstruct
    void load() {
        upcoming = meetings.upcoming(clock.instant());
    }

    public List<PreparationMeetingView> getUpcoming() {
        return upcoming;
    }
}
