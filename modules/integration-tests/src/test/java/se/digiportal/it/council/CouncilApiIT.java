package se.digiportal.it.council;

import static org.assertj.core.api.Assertions.assertThat;
import static se.digiportal.it.council.ReferredCases.ok;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
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
 * The council over HTTP: a case referred by beredning arrives on the "to be scheduled" list, the secretary plans a
 * meeting, places and orders the agenda and records decisions; the submitter sees the decision on her timeline and
 * gets it by mail. Who may do what (401, 403) and how bad input is answered (400 naming the field).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilApiIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void aReferredCaseIsScheduledDecidedAndTheSubmitterIsTold() throws Exception {
        String caseNumber = ReferredCases.referred("Rådstest: digital signering av biståndsbeslut");
        long referralId = ReferredCases.referralId(caseNumber);
        Http rolf = Http.basic("rolf", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();

        HttpResponse<String> placed = rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + referralId + "}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonObject item = Http.json(placed);
        assertThat(item.getInt("position")).isEqualTo(1);
        assertThat(item.getJsonObject("referral").getString("status")).isEqualTo("SCHEDULED");
        assertThat(Http.jsonArray(rolf.get("/api/v1/council/referrals")).getValuesAs(JsonObject.class))
                .as("no longer to be scheduled").noneMatch(r -> r.getString("caseNumber").equals(caseNumber));
        assertThat(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + referralId + "}").statusCode()).as("placed once").isEqualTo(409);

        Http maria = Http.basic("maria", "demo");
        assertThat(maria.postJson("/api/v1/council/meetings/" + meetingId + "/agenda/dispatch", "").statusCode())
                .as("only the secretary sends the agenda").isEqualTo(403);
        HttpResponse<String> sent = rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda/dispatch", "");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(Http.json(sent).isNull("agendaSentAt")).isFalse();
        MimeMessage agendaMail = agendaMail(caseNumber);
        assertThat(Arrays.stream(agendaMail.getAllRecipients()).map(Object::toString))
                .contains("maria.berg@adalen.example", "rolf.sandberg@adalen.example");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) agendaMail.getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");

        List<JsonObject> agenda = Http.jsonArray(ok(maria.get("/api/v1/council/meetings/" + meetingId + "/agenda")))
                .getValuesAs(JsonObject.class);
        assertThat(agenda).singleElement().satisfies(i -> assertThat(i.getJsonObject("referral")
                .getString("proposedDecision")).isEqualTo("Digitaliseringsrådet beviljar initiativet som pilot."));
        long itemId = agenda.get(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> pdf = maria.getBytes("/api/v1/council/meetings/" + meetingId + "/agenda/" + itemId
                + "/underlag.pdf");
        assertThat(pdf.statusCode()).as("a member reads the underlag").isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");

        String decision = "{\"agendaItemId\":" + itemId + ",\"outcome\":\"APPROVED\","
                + "\"motivation\":\"Stärker rättssäkerheten i biståndshandläggningen.\",\"conditions\":\"Som pilot\"}";
        assertThat(maria.postJson("/api/v1/council/decisions", decision).statusCode())
                .as("a member who is not secretary does not record decisions").isEqualTo(403);
        HttpResponse<String> decided = rolf.postJson("/api/v1/council/decisions", decision);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        assertThat(Http.json(decided).getString("outcome")).isEqualTo("APPROVED");
        assertThat(Http.json(decided).getString("decidedBy")).isEqualTo("rolf");
        assertThat(rolf.postJson("/api/v1/council/decisions", decision).statusCode()).as("decided once")
                .isEqualTo(409);

        HttpResponse<String> ics = maria.get("/api/v1/council/meetings.ics", "Accept", "text/calendar");
        assertThat(ics.statusCode()).as(ics.body()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("UID:council-meeting-" + meetingId + "@digiportal")
                .contains(caseNumber);

        assertThat(Http.jsonArray(ok(maria.get("/api/v1/council/decisions?meetingId=" + meetingId)))
                .getValuesAs(JsonObject.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("caseNumber")).isEqualTo(caseNumber));

        List<JsonObject> timeline = Http.jsonArray(Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(t -> t.getString("kind")).containsSubsequence("REFERRED_TO_COUNCIL", "DECISION");
        assertThat(timeline).filteredOn(t -> t.getString("kind").equals("DECISION")).singleElement()
                .satisfies(t -> assertThat(t.getString("detail")).startsWith("Beviljat: Stärker rättssäkerheten")
                        .contains("Som pilot"));

        MimeMessage mail = ReferredCases.awaitMail(SMTP, "Beslut i digitaliseringsrådet: " + caseNumber);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .contains("anna.kontakt@adalen.example");
        assertThat(String.valueOf(mail.getContent())).contains("Beviljat", "Som pilot", caseNumber);

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo")
                        .get("/api/v1/admin/audit?entityType=CouncilMeeting&entityId=" + meetingId + "&max=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action"))
                .contains("MEETING_SCHEDULED", "CASE_PLACED_ON_AGENDA", "DECISION_RECORDED");
        assertThat(audit).filteredOn(e -> e.getString("action").equals("DECISION_RECORDED"))
                .allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("rolf"));
    }

    @Test
    void theSecretaryOrdersTheAgendaAndADeferredCaseMovesToTheNextMeeting() throws Exception {
        String first = ReferredCases.referred("Rådstest: ordning ett");
        String second = ReferredCases.referred("Rådstest: ordning två");
        Http rolf = Http.basic("rolf", "demo");
        Instant at = ReferredCases.farAhead();
        long meetingId = ReferredCases.meeting(at).getJsonNumber("id").longValue();
        long nextId = ReferredCases.meeting(at.plus(1, ChronoUnit.MINUTES)).getJsonNumber("id").longValue();
        String agendaPath = "/api/v1/council/meetings/" + meetingId + "/agenda";
        ok(rolf.postJson(agendaPath, "{\"referralId\":" + ReferredCases.referralId(first) + "}"));
        long secondItem = Http.json(ok(rolf.postJson(agendaPath, "{\"referralId\":"
                + ReferredCases.referralId(second) + "}"))).getJsonNumber("id").longValue();

        HttpResponse<String> moved = rolf.putJson(agendaPath + "/" + secondItem + "/position", "{\"position\":1}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Http.jsonArray(rolf.get(agendaPath)).getValuesAs(JsonObject.class))
                .extracting(i -> i.getJsonObject("referral").getString("caseNumber")).containsExactly(second, first);
        assertField(rolf.putJson(agendaPath + "/" + secondItem + "/position", "{\"position\":3}"), "position");
        assertThat(Http.basic("maria", "demo").putJson(agendaPath + "/" + secondItem + "/position",
                "{\"position\":2}").statusCode()).isEqualTo(403);

        HttpResponse<String> deferred = rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + secondItem
                + ",\"outcome\":\"DEFERRED\",\"motivation\":\"Tiden räckte inte.\"}");
        assertThat(deferred.statusCode()).as(deferred.body()).isEqualTo(201);
        assertThat(Http.jsonArray(rolf.get("/api/v1/council/meetings/" + nextId + "/agenda"))
                .getValuesAs(JsonObject.class)).singleElement().satisfies(i -> {
                    assertThat(i.getJsonObject("referral").getString("caseNumber")).isEqualTo(second);
                    assertThat(i.isNull("decision")).as("to be decided at the next meeting").isTrue();
                });

        long firstItem = Http.jsonArray(rolf.get(agendaPath)).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("referral").getString("caseNumber").equals(first)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> returned = rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + firstItem
                + ",\"outcome\":\"RETURNED\",\"motivation\":\"Kostnaderna är oklara.\","
                + "\"whatToComplete\":\"Redovisa förvaltningskostnaderna.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(201);
        assertThat(Http.json(returned).getString("whatToComplete")).isEqualTo("Redovisa förvaltningskostnaderna.");
        assertThat(Http.jsonArray(Http.basic("anna", "demo").get("/api/v1/initiatives/" + first + "/timeline"))
                .getValuesAs(JsonObject.class)).filteredOn(t -> t.getString("kind").equals("DECISION"))
                .singleElement().satisfies(t -> assertThat(t.getString("detail")).startsWith("Återremitterat"));
    }

    @Test
    void aSamradOnAMeetingIsToBeScheduledButASnabbsamradIsNot() throws Exception {
        String onMeeting = ReferredCases.referred("Rådstest: upphandling av e-arkiv", "{\"routing\":\"CONSULTATION\","
                + "\"consultationMode\":\"COUNCIL_MEETING\",\"motivation\":\"IT-upphandling kräver samråd.\"}");
        String snabb = ReferredCases.referred("Rådstest: upphandling av kölappar", "{\"routing\":\"CONSULTATION\","
                + "\"consultationMode\":\"SNABBSAMRAD\",\"motivation\":\"Liten upphandling.\"}");

        List<JsonObject> list = Http.jsonArray(ok(Http.basic("sven", "demo").get("/api/v1/council/referrals")))
                .getValuesAs(JsonObject.class);
        assertThat(list).filteredOn(r -> r.getString("caseNumber").equals(onMeeting)).singleElement()
                .satisfies(r -> assertThat(r.getString("kind")).isEqualTo("CONSULTATION"));
        assertThat(list).as("a snabbsamråd is held between meetings")
                .noneMatch(r -> r.getString("caseNumber").equals(snabb));
    }

    @Test
    void adjustedMinutesCannotBeAlteredThroughAnyEndpoint() throws Exception {
        String decided = ReferredCases.referred("Rådstest: protokoll beslutat");
        String open = ReferredCases.referred("Rådstest: protokoll obeslutat");
        Http rolf = Http.basic("rolf", "demo");
        Http maria = Http.basic("maria", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        String base = "/api/v1/council/meetings/" + meetingId;
        long decidedItem = Http.json(ok(rolf.postJson(base + "/agenda", "{\"referralId\":"
                + ReferredCases.referralId(decided) + "}"))).getJsonNumber("id").longValue();
        long openItem = Http.json(ok(rolf.postJson(base + "/agenda", "{\"referralId\":"
                + ReferredCases.referralId(open) + "}"))).getJsonNumber("id").longValue();
        ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + decidedItem
                + ",\"outcome\":\"APPROVED\",\"motivation\":\"Bra.\",\"conditions\":\"Som pilot\"}"));

        assertThat(rolf.get(base + "/minutes").statusCode()).as("no minutes yet").isEqualTo(404);
        assertField(rolf.postJson(base + "/minutes", "{\"adjuster\":\"anna\"}"), "adjuster");
        assertThat(maria.postJson(base + "/minutes", "{\"adjuster\":\"maria\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> drafted = rolf.postJson(base + "/minutes", "{\"adjuster\":\"maria\"}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        JsonObject draft = Http.json(drafted);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("body")).contains(decided, "Beviljat", "Som pilot", open, "Inget beslut");
        assertThat(draft.getString("present")).contains("Maria Berg");

        String edit = "{\"present\":\"Maria Berg (ordf.), Rolf Sandberg (sekr.), Sven\",\"body\":\""
                + "§ 1 " + decided + " Beviljat som pilot.\",\"adjuster\":\"maria\"}";
        assertThat(maria.putJson(base + "/minutes", edit).statusCode()).as("only the secretary edits").isEqualTo(403);
        assertField(rolf.putJson(base + "/minutes", "{\"present\":\"x\",\"body\":\" \",\"adjuster\":\"maria\"}"),
                "body");
        assertThat(ok(rolf.putJson(base + "/minutes", edit)).body()).contains("Beviljat som pilot.");
        assertThat(rolf.postJson(base + "/minutes/adjustment", "").statusCode())
                .as("rolf is not the named adjuster").isEqualTo(409);

        HttpResponse<String> adjusted = maria.postJson(base + "/minutes/adjustment", "");
        assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
        assertThat(Http.json(adjusted).getString("status")).isEqualTo("ADJUSTED");
        assertThat(Http.json(adjusted).getString("adjuster")).isEqualTo("maria");

        assertThat(rolf.putJson(base + "/minutes", edit.replace("pilot", "fullskala")).statusCode()).isEqualTo(409);
        assertThat(rolf.postJson(base + "/minutes", "{\"adjuster\":\"sven\"}").statusCode()).isEqualTo(409);
        assertThat(maria.postJson(base + "/minutes/adjustment", "").statusCode()).isEqualTo(409);
        assertThat(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + openItem
                + ",\"outcome\":\"REJECTED\",\"motivation\":\"För sent.\"}").statusCode())
                .as("no decision after adjustment").isEqualTo(409);
        assertThat(rolf.putJson(base + "/agenda/" + openItem + "/position", "{\"position\":1}").statusCode())
                .isEqualTo(409);
        assertThat(rolf.postJson(base + "/agenda/dispatch", "").statusCode()).isEqualTo(409);
        assertThat(Http.json(rolf.get(base)).getJsonObject("meeting").getString("status")).isEqualTo("HELD");

        JsonObject after = Http.json(ok(maria.get(base + "/minutes")));
        assertThat(after.getString("body")).isEqualTo("§ 1 " + decided + " Beviljat som pilot.");
        assertThat(after.getString("status")).isEqualTo("ADJUSTED");
        HttpResponse<byte[]> pdf = maria.getBytes(base + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        for (String path : List.of("/api/v1/council/meetings", "/api/v1/council/meetings/1/agenda",
                "/api/v1/council/decisions", "/api/v1/council/referrals", "/api/v1/council/meetings.ics")) {
            HttpResponse<String> response = Http.anonymous().get(path, "Accept", "*/*");
            assertThat(response.statusCode()).as(path).isEqualTo(401);
        }
        assertThat(Http.anonymous().postJson("/api/v1/council/decisions", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void aSubmitterIsForbiddenEveryEndpoint() throws Exception {
        Http anna = Http.basic("anna", "demo");
        assertThat(anna.get("/api/v1/council/meetings").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/meetings", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/meetings/1").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/meetings/1/agenda").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/meetings/1/agenda", "{\"referralId\":1}").statusCode()).isEqualTo(403);
        assertThat(anna.putJson("/api/v1/council/meetings/1/agenda/1/position", "{\"position\":1}").statusCode())
                .isEqualTo(403);
        assertThat(anna.getBytes("/api/v1/council/meetings/1/agenda/1/underlag.pdf").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/referrals").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/meetings.ics", "Accept", "*/*").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/meetings/1/agenda/dispatch", "").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/meetings/1/minutes").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/meetings/1/minutes", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.putJson("/api/v1/council/meetings/1/minutes", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/meetings/1/minutes/adjustment", "").statusCode()).isEqualTo(403);
        assertThat(anna.getBytes("/api/v1/council/meetings/1/minutes.pdf").statusCode()).isEqualTo(403);
        assertThat(anna.get("/api/v1/council/decisions").statusCode()).isEqualTo(403);
        assertThat(anna.postJson("/api/v1/council/decisions", "{}").statusCode()).isEqualTo(403);
        assertThat(Http.basic("berit", "demo").get("/api/v1/council/meetings").statusCode())
                .as("the beredningsgrupp is not the council").isEqualTo(403);
        assertThat(Http.basic("maria", "demo").postJson("/api/v1/council/meetings", "{}").statusCode())
                .as("only the secretary plans meetings").isEqualTo(403);
    }

    @Test
    void badInputIsAProblemThatNamesTheField() throws Exception {
        Http rolf = Http.basic("rolf", "demo");
        assertField(rolf.postJson("/api/v1/council/meetings", "{\"startsAt\":\"2001-01-01T12:00:00Z\"}"),
                "startsAt", "location");
        assertField(rolf.postJson("/api/v1/council/meetings", "{\"startsAt\":\"nästa torsdag\",\"location\":\"Här\"}"),
                "startsAt");
        assertField(rolf.get("/api/v1/council/meetings?from=igår"), "from");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        assertField(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda", "{}"), "referralId");
        assertField(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda", "{\"referralId\":-1}"),
                "referralId");
        assertField(rolf.postJson("/api/v1/council/decisions", "{\"outcome\":\"APPROVED\"}"), "agendaItemId");
        assertField(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":-1}"), "agendaItemId");

        String caseNumber = ReferredCases.referred("Rådstest: felaktiga beslut");
        long itemId = Http.json(ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(caseNumber) + "}"))).getJsonNumber("id").longValue();
        assertField(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"MAYBE\",\"motivation\":\"x\"}"), "outcome");
        assertField(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"APPROVED\",\"motivation\":\" \"}"), "motivation");
        assertField(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"RETURNED\",\"motivation\":\"Oklart\"}"), "whatToComplete");
        assertThat(Http.jsonArray(rolf.get("/api/v1/council/meetings/" + meetingId + "/agenda"))
                .getValuesAs(JsonObject.class)).singleElement()
                .satisfies(i -> assertThat(i.isNull("decision")).as("nothing half-saved").isTrue());
        assertThat(rolf.get("/api/v1/council/meetings/999999999/agenda").statusCode()).isEqualTo(404);
    }

    @Test
    void theCouncilIsInTheOpenApiDocument() throws Exception {
        String doc = Http.anonymous().get("/api/openapi", "Accept", "application/json").body();
        assertThat(doc).contains("/api/v1/council/meetings", "/api/v1/council/meetings/{id}/agenda",
                "/api/v1/council/decisions", "/api/v1/council/referrals", "/api/v1/council/meetings.ics",
                "/api/v1/council/meetings/{id}/minutes/corrections", "caseNumber");
        for (String path : List.of("/api/v1/council/meetings", "/api/v1/council/meetings/{id}/agenda",
                "/api/v1/council/decisions", "/api/v1/council/meetings/{id}/minutes/corrections")) {
            assertThat(doc.substring(doc.indexOf("\"" + path + "\""))).as(path + " has examples")
                    .containsPattern("(?s)^.{0,6000}\"example");
        }
    }

    /** The agenda mail that lists the case, waiting up to 20 s for it. */
    private static MimeMessage agendaMail(String caseNumber) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().startsWith("Föredragningslista: digitaliseringsrådet")
                        && ((jakarta.mail.internet.MimeMultipart) m.getContent()).getBodyPart(0).getContent()
                        .toString().contains(caseNumber)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no agenda mail listing " + caseNumber);
    }

    private static void assertField(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(fields);
    }
}
