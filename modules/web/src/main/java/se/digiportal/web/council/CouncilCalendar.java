package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.council.application.Views.CouncilMeetingView;

/** The digitaliseringsråd's upcoming meetings. */
@Named
@ViewScoped
public class CouncilCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMeetings meetings;

    @Inject
    transient Clock clock;

    private List<CouncilMeetingView> upcoming;

    @PostConstruct
    void load() {
        upcoming = meetings.upcoming(clock.instant());
    }

    public List<CouncilMeetingView> getUpcoming() {
        return upcoming;
    }
}
