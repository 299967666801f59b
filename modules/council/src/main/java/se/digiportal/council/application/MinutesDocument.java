package se.digiportal.council.application;

import se.digiportal.council.application.Views.MinutesView;

/** Renders the minutes (protokoll) as PDF; a draft is marked as such on every page. */
public interface MinutesDocument {

    byte[] render(MinutesView minutes, Views.CouncilMeetingView meeting);
}
