package se.digiportal.beredning.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.intake.api.InitiativeFacts;

/** Test fixtures: preparation cases in the states the tests need, with the id the database would give. */
final class Cases {

    static final Instant SUBMITTED = Instant.parse("2026-11-02T09:00:00Z");

    private Cases() {
    }

    static PreparationCase received(long id, String caseNumber) {
        PreparationCase c = PreparationCase.received(caseNumber, id, new InitiativeFacts("Digital signering " + id,
                "SOCIAL", 7L, "anna", "Anna Lindqvist", "anna.kontakt@adalen.example", "Olle Strand", 650,
                List.of("SOC-IFO"), false, true, false, true, true, List.of("TOTAL_OVER_500H")), 3L, SUBMITTED);
        try {
            Field f = PreparationCase.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    static PreparationCase routed(long id, String caseNumber, Routing routing) {
        PreparationCase c = received(id, caseNumber);
        c.assign("berit", "Berit Beredare", SUBMITTED.plusSeconds(60));
        c.route(routing, "Stor och berör flera verksamheter",
                routing == Routing.CONSULTATION ? ConsultationMode.SNABBSAMRAD : null, SUBMITTED.plusSeconds(120));
        return c;
    }
}
