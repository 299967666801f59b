package se.digiportal.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.digiportal.council.domain.ConsultationRepository;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.MinutesReports;
import se.digiportal.kernel.application.Directory;

/** The snabbsamråd a meeting's minutes report, for the minutes draft (kept apart from CouncilMinutes on purpose). */
@ApplicationScoped
public class ConsultationReports {

    @Inject
    ConsultationRepository consultations;

    @Inject
    Directory directory;

    public String section(CouncilMeeting meeting) {
        return MinutesReports.section(consultations.findToReportAt(meeting.startsAt()),
                u -> directory.person(u).map(p -> p.fullName()).orElse(u));
    }
}
