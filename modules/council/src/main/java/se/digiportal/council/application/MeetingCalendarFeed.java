package se.digiportal.council.application;

import java.time.Instant;
import java.util.List;

/** Writes the council's meetings as an iCalendar (RFC 5545) file that a calendar program subscribes to. */
public interface MeetingCalendarFeed {

    String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** A METHOD:PUBLISH calendar with one VEVENT per meeting. */
    byte[] publish(List<Entry> meetings);

    /** One meeting; a cancelled one stays in the feed with STATUS:CANCELLED so subscribers drop it. */
    record Entry(String uid, Instant startsAt, Instant endsAt, String summary, String description, String location,
                 boolean cancelled, Instant stamp) {

        public static String uidOf(long meetingId) {
            return "council-meeting-" + meetingId + "@digiportal";
        }
    }
}
