package se.digiportal.council.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The "Rapporter/anmälningar" section of a meeting's minutes: the snabbsamråd closed since the previous meeting,
 * each with its outcome, reported to the council (seed 000: a snabbsamråd is reported at the next meeting).
 */
public final class MinutesReports {

    public static final String HEADING = "Rapporter/anmälningar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private MinutesReports() {
    }

    /** The section, or nothing when there is nothing to report. */
    public static String section(List<Consultation> closed, Function<String, String> names) {
        if (closed.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n").append(HEADING).append("\n");
        for (Consultation c : closed) {
            text.append("- Snabbsamråd ").append(c.caseNumber()).append(" ").append(c.title()).append(", avslutat ")
                    .append(DATE.format(c.closedAt())).append(": ").append(c.summary(names)).append("\n");
        }
        return text.toString();
    }
}
