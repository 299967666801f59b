package se.digiportal.it.council;

import static org.assertj.core.api.Assertions.assertThat;
import static se.digiportal.it.council.ReferredCases.ok;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/**
 * The council's decisions as public records: återremiss reopens the case in beredning and it can be referred
 * anew; a deferred case with no later meeting goes back to the list; adjusted minutes cannot be altered through any
 * endpoint (409 problem+json, content unchanged) and a correction is a new, linked document; every decision leads
 * from the case to the meeting, the item (§) and the adjusted minutes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilRecordsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void aReturnedCaseIsPreparedAgainWithWhatToCompleteAndReferredAnew() throws Exception {
        String caseNumber = ReferredCases.referred("Rådstest: återremiss av e-tjänst för färdtjänst");
        Http rolf = Http.basic("rolf", "demo");
        Http berit = Http.basic("berit", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        long underlagRead = Http.json(ok(berit.get("/api/v1/beredning/cases/" + caseNumber + "/underlag")))
                .getJsonNumber("id").longValue();
        long itemId = Http.json(ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(caseNumber) + "}"))).getJsonNumber("id").longValue();

        HttpResponse<String> returned = rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"RETURNED\",\"motivation\":\"Driftkostnaderna är inte redovisade.\","
                + "\"whatToComplete\":\"Redovisa driftkostnaderna per år och vem som betalar dem.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(201);

        JsonObject c = Http.json(ok(berit.get("/api/v1/beredning/cases/" + caseNumber)));
        assertThat(c.getString("status")).as("back in preparation").isEqualTo("UNDERLAG_IN_PREPARATION");
        assertThat(c.getJsonObject("councilReturn").getString("whatToComplete"))
                .isEqualTo("Redovisa driftkostnaderna per år och vem som betalar dem.");
        assertThat(c.getJsonObject("councilReturn").getString("meetingRef")).startsWith("Digitaliseringsrådet ")
                .endsWith(", § 1");
        JsonObject draft = Http.json(ok(berit.get("/api/v1/beredning/cases/" + caseNumber + "/underlag")));
        assertThat(draft.getBoolean("published")).as("a new draft").isFalse();
        assertThat(draft.getJsonNumber("id").longValue()).isNotEqualTo(underlagRead);
        assertThat(draft.getJsonObject("content").getString("costs")).as("starts from what the council read")
                .isEqualTo("650 timmar.");
        HttpResponse<byte[]> read = rolf.getBytes("/api/v1/council/meetings/" + meetingId + "/agenda/" + itemId
                + "/underlag.pdf");
        assertThat(read.statusCode()).as("the underlag the council read is still there").isEqualTo(200);

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo").get("/api/v1/admin/audit?entityType="
                + "PreparationCase&entityId=" + c.getJsonNumber("id") + "&max=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audit).filteredOn(e -> e.getString("action").equals("CASE_RETURNED_BY_COUNCIL")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo("rolf"));

        ok(berit.putJson("/api/v1/beredning/cases/" + caseNumber + "/underlag", ReferredCases.UNDERLAG
                .replace("650 timmar.", "650 timmar; drift 120 000 kr per år, betalas av Socialförvaltningen.")));
        ok(berit.postJson("/api/v1/beredning/cases/" + caseNumber + "/referral", ""));
        assertThat(Http.json(ok(berit.get("/api/v1/beredning/cases/" + caseNumber))).getString("status"))
                .isEqualTo("REFERRED");
        assertThat(ReferredCases.referralId(caseNumber)).as("on the list to be scheduled again").isPositive();

        List<JsonObject> timeline = Http.jsonArray(Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(t -> t.getString("kind"))
                .containsSubsequence("REFERRED_TO_COUNCIL", "DECISION", "REFERRED_TO_COUNCIL");
        assertThat(ReferredCases.awaitMail(SMTP, "Beslut i digitaliseringsrådet: " + caseNumber).getContent()
                .toString()).contains("Redovisa driftkostnaderna per år");
    }

    @Test
    void aDeferredCaseWithNoLaterMeetingGoesBackToTheList() throws Exception {
        String caseNumber = ReferredCases.referred("Rådstest: bordlagt utan nästa sammanträde");
        Http rolf = Http.basic("rolf", "demo");
        // After every meeting there is (the database outlives a run), so no planned meeting comes after it.
        Instant latest = Http.jsonArray(ok(rolf.get("/api/v1/council/meetings"))).getValuesAs(JsonObject.class)
                .stream().map(m -> Instant.parse(m.getString("startsAt"))).max(Instant::compareTo)
                .orElse(Instant.now());
        Instant last = latest.plus(1 + ThreadLocalRandom.current().nextInt(30), ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.MINUTES);
        long meetingId = ReferredCases.meeting(last).getJsonNumber("id").longValue();
        long itemId = Http.json(ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(caseNumber) + "}"))).getJsonNumber("id").longValue();

        ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"DEFERRED\",\"motivation\":\"Tiden räckte inte.\"}"));

        assertThat(Http.jsonArray(ok(rolf.get("/api/v1/council/referrals"))).getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("caseNumber").equals(caseNumber)).singleElement()
                .satisfies(r -> assertThat(r.getString("status")).isEqualTo("TO_BE_SCHEDULED"));
        assertThat(Http.jsonArray(ok(rolf.get("/api/v1/council/decisions?caseNumber=" + caseNumber)))
                .getValuesAs(JsonObject.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("outcome")).isEqualTo("DEFERRED"));
    }

    @Test
    void adjustedMinutesRefuseEveryChangeAndAreCorrectedByANewLinkedDocument() throws Exception {
        String decided = ReferredCases.referred("Rådstest: justerat protokoll beslutat");
        String open = ReferredCases.referred("Rådstest: justerat protokoll obeslutat");
        String waiting = ReferredCases.referred("Rådstest: justerat protokoll väntande");
        Http rolf = Http.basic("rolf", "demo");
        Http maria = Http.basic("maria", "demo");
        Http sven = Http.basic("sven", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        String base = "/api/v1/council/meetings/" + meetingId;
        long decidedItem = Http.json(ok(rolf.postJson(base + "/agenda", "{\"referralId\":"
                + ReferredCases.referralId(decided) + "}"))).getJsonNumber("id").longValue();
        long openItem = Http.json(ok(rolf.postJson(base + "/agenda", "{\"referralId\":"
                + ReferredCases.referralId(open) + "}"))).getJsonNumber("id").longValue();
        ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + decidedItem
                + ",\"outcome\":\"APPROVED\",\"motivation\":\"Stärker verksamheten.\",\"conditions\":\"Som pilot\"}"));
        long minutesId = Http.json(ok(rolf.postJson(base + "/minutes", "{\"adjuster\":\"maria\"}")))
                .getJsonNumber("id").longValue();
        assertThat(rolf.postJson(base + "/minutes/corrections", "{\"body\":\"x\",\"adjuster\":\"sven\"}")
                .statusCode()).as("a draft is edited, not corrected").isEqualTo(409);
        Http anna = Http.signedIn("anna", "demo");
        String receipt = "/intake/receipt.xhtml?case=" + decided;
        String submittersPdf = "/intake/council-minutes.pdf?case=" + decided + "&meeting=" + meetingId;
        assertThat(ok(anna.get(receipt)).body()).as("the submitter sees the decision and where it was taken")
                .contains("council-decision", ", § 1").doesNotContain("council-minutes.pdf");
        assertThat(anna.getBytes(submittersPdf).statusCode()).as("draft minutes are not published").isEqualTo(404);
        ok(maria.postJson(base + "/minutes/adjustment", ""));
        assertThat(ok(anna.get(receipt)).body()).contains("council-minutes.pdf");
        HttpResponse<byte[]> published = anna.getBytes(submittersPdf);
        assertThat(published.statusCode()).as("adjusted minutes are a public record for the submitter").isEqualTo(200);
        assertThat(new String(Arrays.copyOf(published.body(), 5))).isEqualTo("%PDF-");
        assertThat(Http.signedIn("erik", "demo").getBytes(submittersPdf).statusCode())
                .as("another submitter's case is not found").isEqualTo(404);
        assertThat(anna.getBytes("/intake/council-minutes.pdf?case=" + decided + "&meeting=1").statusCode())
                .as("only the meeting that decided the case").isEqualTo(404);
        assertThat(Http.signedIn("rolf", "demo").getBytes(submittersPdf).statusCode())
                .as("the intake area is the submitter's").isEqualTo(403);

        Supplier<String> snapshot = () -> {
            try {
                return ok(rolf.get(base + "/minutes")).body() + ok(rolf.get(base + "/agenda")).body()
                        + ok(rolf.get("/api/v1/council/decisions?meetingId=" + meetingId)).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String before = snapshot.get();
        long waitingReferral = ReferredCases.referralId(waiting);
        List<HttpResponse<String>> attempts = List.of(
                rolf.putJson(base + "/minutes", "{\"present\":\"Ingen\",\"body\":\"Ändrat i efterhand\","
                        + "\"adjuster\":\"maria\"}"),
                rolf.postJson(base + "/minutes", "{\"adjuster\":\"sven\"}"),
                maria.postJson(base + "/minutes/adjustment", ""),
                rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + decidedItem
                        + ",\"outcome\":\"REJECTED\",\"motivation\":\"Omprövat.\"}"),
                rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + openItem
                        + ",\"outcome\":\"APPROVED\",\"motivation\":\"I efterhand.\"}"),
                rolf.putJson(base + "/agenda/" + openItem + "/position", "{\"position\":1}"),
                rolf.postJson(base + "/agenda", "{\"referralId\":" + waitingReferral + "}"),
                rolf.postJson(base + "/agenda/dispatch", ""));
        for (HttpResponse<String> attempt : attempts) {
            assertThat(attempt.statusCode()).as(attempt.request().method() + " " + attempt.request().uri() + " "
                    + attempt.body()).isEqualTo(409);
            assertProblem(attempt);
        }
        assertThat(snapshot.get()).as("nothing changed").isEqualTo(before);
        assertThat(ReferredCases.referralId(waiting)).as("the refused case still waits").isEqualTo(waitingReferral);

        // A correction: a new document that names what it corrects.
        String corrections = base + "/minutes/corrections";
        String text = "{\"body\":\"I § 1 ska villkoret lyda: som pilot under 2027.\",\"adjuster\":\"sven\"}";
        assertThat(maria.postJson(corrections, text).statusCode()).as("only the secretary").isEqualTo(403);
        assertField(rolf.postJson(corrections, "{\"body\":\" \",\"adjuster\":\"anna\"}"), "body", "adjuster");
        HttpResponse<String> created = rolf.postJson(corrections, text);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject correction = Http.json(created);
        long correctionId = correction.getJsonNumber("id").longValue();
        assertThat(correction.getJsonNumber("correctsMinutesId").longValue()).isEqualTo(minutesId);
        assertThat(correction.getString("status")).isEqualTo("DRAFT");
        ok(rolf.putJson(corrections + "/" + correctionId, text.replace("2027", "2027 och 2028")));
        assertThat(rolf.postJson(corrections + "/" + correctionId + "/adjustment", "").statusCode())
                .as("rolf is not the named adjuster").isEqualTo(409);
        JsonObject adjusted = Http.json(ok(sven.postJson(corrections + "/" + correctionId + "/adjustment", "")));
        assertThat(adjusted.getString("status")).isEqualTo("ADJUSTED");
        for (HttpResponse<String> attempt : List.of(rolf.putJson(corrections + "/" + correctionId, text),
                sven.postJson(corrections + "/" + correctionId + "/adjustment", ""))) {
            assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(409);
            assertProblem(attempt);
        }
        assertThat(Http.jsonArray(ok(maria.get(corrections))).getValuesAs(JsonObject.class)).singleElement()
                .satisfies(k -> assertThat(k.getString("body")).isEqualTo("I § 1 ska villkoret lyda: som pilot under "
                        + "2027 och 2028."));
        assertThat(snapshot.get()).as("the minutes themselves are untouched").isEqualTo(before);
        for (String pdf : List.of(base + "/minutes.pdf", corrections + "/" + correctionId + ".pdf")) {
            HttpResponse<byte[]> response = maria.getBytes(pdf);
            assertThat(response.statusCode()).as(pdf).isEqualTo(200);
            assertThat(new String(Arrays.copyOf(response.body(), 5))).isEqualTo("%PDF-");
        }
        assertThat(rolf.get(corrections + "/999999999").statusCode()).isEqualTo(404);

        // Traceable both ways: from the case to meeting, item (§) and adjusted minutes, and back.
        JsonObject trace = Http.jsonArray(ok(maria.get("/api/v1/council/decisions?caseNumber=" + decided)))
                .getValuesAs(JsonObject.class).stream().findFirst().orElseThrow();
        assertThat(trace.getJsonNumber("meetingId").longValue()).isEqualTo(meetingId);
        assertThat(trace.getJsonNumber("agendaItemId").longValue()).isEqualTo(decidedItem);
        assertThat(trace.getInt("agendaItemNumber")).isEqualTo(1);
        assertThat(trace.getJsonNumber("minutesId").longValue()).isEqualTo(minutesId);
        assertThat(trace.getString("minutesStatus")).isEqualTo("ADJUSTED");
        assertThat(trace.getJsonObject("links").getString("minutesPdf")).isEqualTo(base + "/minutes.pdf");
        assertThat(trace.getJsonObject("links").getString("meetingPage"))
                .isEqualTo("/council/meeting.xhtml?id=" + meetingId + "#item-" + decidedItem);
        assertThat(Http.jsonArray(ok(maria.get(base + "/agenda"))).getValuesAs(JsonObject.class))
                .filteredOn(i -> i.getJsonNumber("id").longValue() == decidedItem).singleElement()
                .satisfies(i -> assertThat(i.getJsonObject("decision").getJsonNumber("minutesId").longValue())
                        .isEqualTo(minutesId));
        assertThat(Http.jsonArray(Http.basic("anna", "demo").get("/api/v1/initiatives/" + decided + "/timeline"))
                .getValuesAs(JsonObject.class)).filteredOn(t -> t.getString("kind").equals("DECISION"))
                .singleElement().satisfies(t -> assertThat(t.getString("detail")).endsWith(", § 1)"));

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo").get("/api/v1/admin/audit?entityType="
                + "CouncilMinutesCorrection&entityId=" + correctionId + "&max=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action"))
                .contains("CORRECTION_DRAFTED", "CORRECTION_EDITED", "CORRECTION_ADJUSTED");
    }

    @Test
    void theDemoRecordHoldsAnAdjustedMeetingAPlannedAgendaAndCasesToSchedule() throws Exception {
        Http rolf = Http.basic("rolf", "demo");
        JsonObject returned = Http.jsonArray(ok(rolf.get("/api/v1/council/decisions?caseNumber=DIGI-2025-0026")))
                .getValuesAs(JsonObject.class).stream().findFirst().orElseThrow();
        assertThat(returned.getString("outcome")).isEqualTo("RETURNED");
        assertThat(returned.getInt("agendaItemNumber")).isEqualTo(3);
        assertThat(returned.getString("minutesStatus")).isEqualTo("ADJUSTED");
        long held = returned.getJsonNumber("meetingId").longValue();
        assertThat(Http.jsonArray(ok(rolf.get("/api/v1/council/decisions?meetingId=" + held)))
                .getValuesAs(JsonObject.class)).extracting(d -> d.getString("caseNumber"))
                .containsExactlyInAnyOrder("DIGI-2025-0021", "DIGI-2025-0015", "DIGI-2025-0026");
        HttpResponse<String> edit = rolf.putJson("/api/v1/council/meetings/" + held + "/minutes",
                "{\"present\":\"x\",\"body\":\"y\",\"adjuster\":\"maria\"}");
        assertThat(edit.statusCode()).as("the demo minutes are adjusted too").isEqualTo(409);
        assertThat(Http.jsonArray(ok(rolf.get("/api/v1/council/referrals"))).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("caseNumber")).contains("DIGI-2025-0031", "DIGI-2025-0033");
    }

    @Test
    void correctionsAndTracesAskForTheRightRole() throws Exception {
        String corrections = "/api/v1/council/meetings/1/minutes/corrections";
        assertThat(Http.anonymous().get(corrections).statusCode()).isEqualTo(401);
        assertThat(Http.anonymous().postJson(corrections, "{}").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous().get("/api/v1/council/decisions?caseNumber=DIGI-2026-0001").statusCode())
                .isEqualTo(401);
        Http anna = Http.basic("anna", "demo");
        assertThat(anna.get(corrections).statusCode()).isEqualTo(403);
        assertThat(anna.postJson(corrections, "{}").statusCode()).isEqualTo(403);
        assertThat(anna.putJson(corrections + "/1", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(corrections + "/1/adjustment", "").statusCode()).isEqualTo(403);
        assertThat(anna.getBytes(corrections + "/1.pdf").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/decisions?caseNumber=DIGI-2026-0001").statusCode()).isEqualTo(403);
        assertThat(Http.basic("maria", "demo").putJson(corrections + "/1", "{}").statusCode())
                .as("only the secretary edits").isEqualTo(403);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at se.digiportal");
    }

    private static void assertField(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response);
        assertThat(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(fields);
    }
}
