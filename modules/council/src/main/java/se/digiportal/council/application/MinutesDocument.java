package se.digiportal.council.application;

import se.digiportal.council.application.Views.MinutesView;

/** Renders the minutes (protokoll) as PDF; a draft is marked as such on every page. */
public interface MinutesDocument {

    default byte[] render(MinutesView minutes, Views.CouncilMeetingView meeting) {
        return render(minutes, meeting, "Protokoll, digitaliseringsrådet");
    }

    /** With its own title, e.g. for a correction (rättelse) of the minutes. */
    byte[] render(MinutesView minutes, Views.CouncilMeetingView meeting, String title);
}
