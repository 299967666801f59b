package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesReportsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void nothingClosedMeansNoSection() {
        assertThat(MinutesReports.section(List.of(), u -> u)).isEmpty();
    }

    @Test
    void eachClosedSnabbsamradIsReportedWithItsOutcome() {
        Consultation c = new Consultation("DIG-2026-0042", "Upphandling av kölappssystem", 7, 11, null, "berit", NOW);
        c.open(NOW.plus(Duration.ofDays(2)), List.of("maria", "sven"), "rolf", NOW);
        c.respond("maria", ConsultationAnswer.AGREE, null, NOW);
        c.respond("sven", ConsultationAnswer.AGREE, null, NOW.plus(Duration.ofDays(1)));
        assertThat(MinutesReports.section(List.of(c), u -> u)).isEqualTo("\nRapporter/anmälningar\n"
                + "- Snabbsamråd DIG-2026-0042 Upphandling av kölappssystem, avslutat 2026-11-21: "
                + "Tillstyrkt (2 av 2 ledamöter svarade, 2 tillstyrkte).\n");
    }
}
