package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import se.digiportal.beredning.application.Views.PreparationMeetingView;
import se.digiportal.beredning.domain.PreparationMeetingRepository;
import se.digiportal.kernel.api.Role;

/** The beredningsgrupp's meeting calendar. */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class PreparationMeetings {

    @Inject
    PreparationMeetingRepository meetings;

    public List<PreparationMeetingView> upcoming(Instant from) {
        return meetings.findStartingFrom(from).stream()
                .map(m -> new PreparationMeetingView(m.id(), m.startsAt(), m.location(), m.note()))
                .toList();
    }
}
