package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/** Published when a case is put on a beredningsgrupp meeting, whose invitation then goes to the contact person. */
public record CaseBookedOnMeeting(String caseNumber, long meetingId, Instant startsAt, String meetingLabel, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "INVITED_TO_MEETING";
    }

    @Override
    public String timelineDetail() {
        return "Beredningsgruppens möte " + meetingLabel;
    }
}
