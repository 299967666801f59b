package se.digiportal.beredning.application;

import java.time.Instant;

/** The read models beredning hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record PreparationMeetingView(long id, Instant startsAt, String location, String note) {
    }
}
