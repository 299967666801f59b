package se.digiportal.beredning.application;

import java.time.Instant;
import java.util.List;

/** Writes the iCalendar (RFC 5545) file a meeting invitation carries, so it lands in the invitee's calendar. */
public interface InvitationCalendar {

    /** The MIME type of what {@link #request} writes, with the method Outlook looks for. */
    String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    /** A METHOD:REQUEST calendar with one VEVENT. */
    byte[] request(Invitation invitation);

    /**
     * One meeting as an invitee's calendar sees it. The uid stays the same for a case on a meeting, so a
     * re-sent invitation (with a higher sequence) updates the entry instead of adding one.
     */
    record Invitation(String uid, int sequence, Instant startsAt, Instant endsAt, String summary, String description,
                      String location, String organizerEmail, String organizerName, List<String> attendees,
                      Instant stamp) {

        public Invitation {
            attendees = List.copyOf(attendees);
        }

        public static String uidOf(long meetingId, String caseNumber) {
            return "beredning-meeting-" + meetingId + "-" + caseNumber + "@digiportal";
        }
    }
}
