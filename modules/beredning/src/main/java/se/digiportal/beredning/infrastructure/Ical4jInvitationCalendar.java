package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.digiportal.beredning.application.InvitationCalendar;

/**
 * The invitation's .ics with ical4j, which folds long lines, escapes text and ends lines with CRLF as RFC 5545
 * wants. Times are written in UTC, so no VTIMEZONE is needed and every calendar shows the local time itself.
 */
@ApplicationScoped
public class Ical4jInvitationCalendar implements InvitationCalendar {

    static final String PRODUCT = "-//Digitaliseringsportalen//Beredning//SV";

    @Override
    public byte[] request(Invitation i) {
        VEvent event = new VEvent(i.startsAt(), i.endsAt(), i.summary());
        event.add(new Uid(i.uid()));
        event.add(new DtStamp(i.stamp()));
        event.add(new Sequence(i.sequence()));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(i.location()));
        if (i.description() != null) {
            event.add(new Description(i.description()));
        }
        Organizer organizer = new Organizer(URI.create("mailto:" + i.organizerEmail()));
        if (i.organizerName() != null) {
            organizer.add(new Cn(i.organizerName()));
        }
        event.add(organizer);
        for (String address : i.attendees()) {
            Attendee attendee = new Attendee(URI.create("mailto:" + address));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
