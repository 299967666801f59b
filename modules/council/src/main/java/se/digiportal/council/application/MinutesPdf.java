package se.digiportal.council.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.digiportal.council.application.Views.MinutesView;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesCorrection;

/** The minutes as one document: their text and, when adjusted, the list of their adjusted corrections. */
final class MinutesPdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private MinutesPdf() {
    }

    static byte[] render(MinutesDocument document, Minutes m, CouncilMeeting meeting, List<MinutesCorrection> all) {
        String body = m.body();
        List<MinutesCorrection> adjusted = all.stream().filter(MinutesCorrection::adjusted).toList();
        if (!adjusted.isEmpty()) {
            StringBuilder text = new StringBuilder(body).append("\n\nRättelser av detta protokoll:");
            adjusted.forEach(c -> text.append("\nRättelse nr ").append(c.id()).append(", justerad ")
                    .append(DAY_TIME.format(c.adjustedAt())).append(" av ").append(c.adjuster()));
            body = text.toString();
        }
        return document.render(new MinutesView(m.id(), m.meetingId(), m.present(), body, m.adjuster(),
                m.status().name(), m.draftedBy(), m.draftedAt(), m.adjustedAt()), Mapping.meeting(meeting));
    }
}
