package se.digiportal.council.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.digiportal.council.application.MeetingCalendarFeed.Entry;

class Ical4jMeetingCalendarFeedTest {

    private static final Instant AT = Instant.parse("2026-12-10T12:00:00Z");

    @Test
    void every_meeting_is_an_event_and_a_cancelled_one_says_so() throws Exception {
        byte[] ics = new Ical4jMeetingCalendarFeed().publish(List.of(
                new Entry(Entry.uidOf(1), AT, AT.plusSeconds(7200), "Digitaliseringsrådets sammanträde",
                        "1. DIGI-2026-0001 Digital signering, med komma; och semikolon", "Stadshuset", false, AT),
                new Entry(Entry.uidOf(2), AT.plusSeconds(86_400 * 14), AT.plusSeconds(86_400 * 14 + 7200),
                        "Digitaliseringsrådets sammanträde", null, "Stadshuset", true, AT)));

        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("METHOD:PUBLISH").contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("council-meeting-1@digiportal");
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261210T120000Z");
        assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("1. DIGI-2026-0001 Digital signering, med komma; och semikolon");
        assertThat(events.get(0).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(events.get(1).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }
}
