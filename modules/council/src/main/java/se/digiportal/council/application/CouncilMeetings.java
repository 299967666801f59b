package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.kernel.api.Role;

/** The digitaliseringsråd's meeting calendar. */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilMeetings {

    @Inject
    CouncilMeetingRepository meetings;

    public List<CouncilMeetingView> upcoming(Instant from) {
        return meetings.findStartingFrom(from).stream()
                .map(m -> new CouncilMeetingView(m.id(), m.startsAt(), m.location(), m.status()))
                .toList();
    }
}
