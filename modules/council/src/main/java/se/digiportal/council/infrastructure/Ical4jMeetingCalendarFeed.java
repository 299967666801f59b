package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.digiportal.council.application.MeetingCalendarFeed;

/**
 * The meetings feed with ical4j (folding, escaping, CRLF as RFC 5545 wants), like beredning's invitations. Times
 * are in UTC, so no VTIMEZONE is needed.
 */
@ApplicationScoped
public class Ical4jMeetingCalendarFeed implements MeetingCalendarFeed {

    static final String PRODUCT = "-//Digitaliseringsportalen//Digitaliseringsrådet//SV";

    @Override
    public byte[] publish(List<Entry> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Entry m : meetings) {
            VEvent event = new VEvent(m.startsAt(), m.endsAt(), m.summary());
            event.add(new Uid(m.uid()));
            event.add(new DtStamp(m.stamp()));
            event.add(m.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Location(m.location()));
            if (m.description() != null && !m.description().isBlank()) {
                event.add(new Description(m.description()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
