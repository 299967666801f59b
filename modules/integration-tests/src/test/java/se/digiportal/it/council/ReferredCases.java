package se.digiportal.it.council;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.Submissions;

/** Cases referred to the council the way beredning does it, over its REST API, and meetings to put them on. */
public final class ReferredCases {

    static final String UNDERLAG = """
            {"background":"Biståndsbeslut signeras för hand.","need":"Snabbare beslut.",
             "options":"E-underskrift eller nuvarande rutin.","costs":"650 timmar.","risks":"Låg.",
             "gdpr":"Personuppgifter i beslut; biträdesavtal finns.","recommendation":"Genomför som pilot.",
             "proposedDecision":"Digitaliseringsrådet beviljar initiativet som pilot."}""";

    private ReferredCases() {
    }

    /** Anna submits, Berit prepares and refers it with a published underlag; returns the case number. */
    public static String referred(String title) throws Exception {
        return referred(title, "{\"routing\":\"REFER_TO_COUNCIL\",\"motivation\":\"Stort och berör flera verksamheter.\"}");
    }

    /** As {@link #referred(String)}, with the routing berit chooses (e.g. samråd on a meeting or as snabbsamråd). */
    public static String referred(String title, String routing) throws Exception {
        String caseNumber = Submissions.submitAsAnna(title);
        Http berit = Http.basic("berit", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;
        ok(berit.postJson(base + "/assignment", "{}"));
        ok(berit.postJson(base + "/routing", routing));
        ok(berit.putJson(base + "/underlag", UNDERLAG));
        ok(berit.postJson(base + "/referral", ""));
        return caseNumber;
    }

    /** The referral's id on the council's "to be scheduled" list, as rolf sees it. */
    public static long referralId(String caseNumber) throws Exception {
        return Http.jsonArray(ok(Http.basic("rolf", "demo").get("/api/v1/council/referrals")))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("caseNumber").equals(caseNumber))
                .findFirst().orElseThrow(() -> new AssertionError(caseNumber + " is not to be scheduled"))
                .getJsonNumber("id").longValue();
    }

    /** A meeting far ahead, at a minute no other test uses; rolf plans it. */
    public static JsonObject meeting(Instant startsAt) throws Exception {
        HttpResponse<String> created = Http.basic("rolf", "demo").postJson("/api/v1/council/meetings",
                "{\"startsAt\":\"" + startsAt + "\",\"location\":\"Stadshuset, kommunstyrelsesalen\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    public static Instant farAhead() {
        return Instant.now().plus(400 + ThreadLocalRandom.current().nextInt(2000), ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.MINUTES);
    }

    /** The first mail whose subject starts so, waiting up to 20 s for it. */
    public static jakarta.mail.internet.MimeMessage awaitMail(com.icegreen.greenmail.junit5.GreenMailExtension smtp,
                                                              String subjectPrefix) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().startsWith(subjectPrefix)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail with subject " + subjectPrefix);
    }

    public static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }
}
