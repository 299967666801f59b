package se.digiportal.beredning.infrastructure;

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
import se.digiportal.beredning.application.InvitationCalendar.Invitation;

class Ical4jInvitationCalendarTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    private static Invitation invitation(String location) {
        return new Invitation(Invitation.uidOf(42, "DIGI-2026-0007"), 0, START, START.plusSeconds(7200),
                "Beredningsgruppen: DIGI-2026-0007 Digital signering av biståndsbeslut, med e-legitimation i "
                        + "verksamhetssystemet och koppling till ärendehanteringen",
                "Genomgång av ärendet.\nMed inlämnaren.", location, "berit.beredare@adalen.example",
                "Berit Beredare, beredningsgruppen", List.of("anna.kontakt@adalen.example", "kollega@adalen.example"),
                Instant.parse("2026-11-21T10:00:00Z"));
    }

    private static String ics(Invitation i) {
        return new String(new Ical4jInvitationCalendar().request(i), StandardCharsets.UTF_8);
    }

    @Test
    void the_invitation_is_a_request_with_one_event_in_utc_that_parses_back() throws Exception {
        String text = ics(invitation("Stadshuset, sal Ljusnan; plan 3"));

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(parsed.getComponents(VEvent.VEVENT)).hasSize(1);
        VEvent event = (VEvent) parsed.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("beredning-meeting-42-DIGI-2026-0007@digiportal");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261201T080000Z");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261201T100000Z");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Stadshuset, sal Ljusnan; plan 3");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("DIGI-2026-0007")
                .contains("Digital signering av biståndsbeslut");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:berit.beredare@adalen.example");
        List<String> attendees = event.<Property>getProperties(Property.ATTENDEE).stream().map(Property::getValue)
                .toList();
        assertThat(attendees).containsExactly("mailto:anna.kontakt@adalen.example", "mailto:kollega@adalen.example");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    }

    @Test
    void text_is_escaped_lines_are_folded_and_end_with_crlf() {
        String text = ics(invitation("Stadshuset, sal Ljusnan; plan 3"));

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).contains("LOCATION:Stadshuset\\, sal Ljusnan\\; plan 3\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void the_uid_is_stable_per_meeting_and_case() {
        assertThat(Invitation.uidOf(42, "DIGI-2026-0007")).isEqualTo(Invitation.uidOf(42, "DIGI-2026-0007"))
                .isNotEqualTo(Invitation.uidOf(43, "DIGI-2026-0007"))
                .isNotEqualTo(Invitation.uidOf(42, "DIGI-2026-0008"));
    }
}
