package se.digiportal.it.council;

import static org.assertj.core.api.Assertions.assertThat;
import static se.digiportal.it.council.ReferredCases.ok;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.council.application.Consultations;
import se.digiportal.it.objects.ShiftedClock;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/**
 * A snabbsamråd from beredning's request to its recorded outcome: the secretary opens it with a deadline, two of the
 * five members answer (one objects), the clock is moved past the deadline and the closing the timer runs closes it
 * once; the outcome is on the submitter's timeline, mailed to her and to the responsible director, reported in the
 * next minutes, and a late answer is refused. Who may do what (401, 403) and bad input (400 naming the field).
 * The client steps run over HTTP; the closing runs inside the server, where the clock can be moved.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationIT {

    /** A GreenMail, typed Object: the test class is also loaded inside the server, where GreenMail is not. */
    private static Object mail;

    private static final String BASE = "/api/v1/council/consultations";

    /** Kept between the ordered steps, which run in the same JVM on the client side. */
    private static String caseNumber;
    private static long id;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(ConsultationIT.class, ShiftedClock.class, ReferredCases.class);
    }

    @Inject
    Consultations consultations;

    @Test
    @Order(1)
    @RunAsClient
    void theSecretaryOpensARequestedSnabbsamradAndTwoMembersAnswer() throws Exception {
        mail();
        caseNumber = ReferredCases.referred("Samrådstest: upphandling av kölappssystem",
                "{\"routing\":\"CONSULTATION\","
                + "\"consultationMode\":\"SNABBSAMRAD\",\"motivation\":\"IT-upphandling kräver samråd.\"}");
        Http rolf = Http.basic("rolf", "demo");
        JsonObject requested = Http.jsonArray(ok(rolf.get(BASE))).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("caseNumber").equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(caseNumber + " is not requested"));
        assertThat(requested.getString("status")).isEqualTo("REQUESTED");
        assertThat(requested.getString("responsibleDirector")).isEqualTo("Olle Strand");
        id = requested.getJsonNumber("id").longValue();

        assertThat(Http.basic("maria", "demo").postJson(BASE + "/" + id + "/opening",
                "{\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}").statusCode())
                .as("only the secretary opens").isEqualTo(403);
        assertField(rolf.postJson(BASE + "/" + id + "/opening", "{\"deadline\":\"2001-01-01T12:00:00Z\"}"), "deadline");
        assertField(rolf.postJson(BASE + "/" + id + "/opening", "{\"deadline\":\"på fredag\"}"), "deadline");
        assertField(rolf.postJson(BASE + "/" + id + "/opening", "{}"), "deadline");
        assertThat(Http.json(ok(rolf.get(BASE + "/" + id))).getJsonObject("consultation").getString("status"))
                .as("nothing half-saved").isEqualTo("REQUESTED");

        HttpResponse<String> opened = rolf.postJson(BASE + "/" + id + "/opening",
                "{\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES) + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Http.json(opened).getString("status")).isEqualTo("OPEN");
        assertThat(Http.json(opened).getInt("asked")).as("the council's five demo members").isEqualTo(5);
        assertProblem(rolf.postJson(BASE + "/" + id + "/opening",
                "{\"deadline\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}"), 409);

        Http maria = Http.basic("maria", "demo");
        Http sven = Http.basic("sven", "demo");
        HttpResponse<String> agreed = maria.postJson(BASE + "/" + id + "/responses", "{\"answer\":\"AGREE\"}");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(Http.json(agreed).getString("myAnswer")).isEqualTo("AGREE");
        assertField(sven.postJson(BASE + "/" + id + "/responses", "{\"answer\":\"OBJECT\",\"text\":\" \"}"), "text");
        assertField(sven.postJson(BASE + "/" + id + "/responses", "{\"answer\":\"KANSKE\"}"), "answer");
        assertField(sven.postJson(BASE + "/" + id + "/responses", "{}"), "answer");
        HttpResponse<String> objected = sven.postJson(BASE + "/" + id + "/responses",
                "{\"answer\":\"OBJECT\",\"text\":\"Kommunen har redan ett kölappssystem i medborgarkontoret.\"}");
        assertThat(objected.statusCode()).as(objected.body()).isEqualTo(200);

        JsonObject result = Http.json(ok(sven.get(BASE + "/" + id + "/results")));
        assertThat(result.getString("status")).isEqualTo("OPEN");
        assertThat(result.getInt("answered")).isEqualTo(2);
        assertThat(result.isNull("outcome")).as("no outcome while open").isTrue();
        JsonObject detail = Http.json(ok(Http.basic("olle", "demo").get(BASE + "/" + id)));
        assertThat(detail.getJsonArray("participants").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("ingrid", "maria", "olle", "rolf", "sven");
        assertThat(detail.getJsonArray("responses").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("memberName")).containsExactlyInAnyOrder("Maria Berg", "Sven Åkesson");
        HttpResponse<byte[]> pdf = maria.getBytes(BASE + "/" + id + "/underlag.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");

        // The director is data: Karin stands in as Socialförvaltningen's manager, so the closing is mailed to her
        // and not to Olle, whose name the submitter wrote (restored after the mail, in step 3).
        Http admin = Http.basic("admin", "demo");
        assertThat(orgUnit("SOC").getString("manager")).as("demo manager").isEqualTo("olle");
        assertProblem(rolf.putJson("/api/v1/org-units/" + orgUnitId("SOC"), socWithManager("karin")), 403);
        assertThat(Http.anonymous().putJson("/api/v1/org-units/" + orgUnitId("SOC"), socWithManager("karin"))
                .statusCode()).isEqualTo(401);
        assertField(admin.putJson("/api/v1/org-units/" + orgUnitId("SOC"), socWithManager("ingen.sadan")), "manager");
        assertField(admin.putJson("/api/v1/org-units/" + orgUnitId("SOC-ALD"), "{\"code\":\"SOC-ALD\","
                + "\"name\":\"Äldreomsorgen\",\"kind\":\"VERKSAMHET\",\"parentId\":" + orgUnitId("SOC")
                + ",\"manager\":\"karin\"}"), "manager");
        assertThat(orgUnit("SOC").getString("manager")).as("nothing half-saved").isEqualTo("olle");
        HttpResponse<String> managed = admin.putJson("/api/v1/org-units/" + orgUnitId("SOC"), socWithManager("karin"));
        assertThat(managed.statusCode()).as(managed.body()).isEqualTo(200);
        assertThat(Http.json(admin.get("/api/v1/admin/audit?entityType=OrgUnit&entityId=" + orgUnitId("SOC")
                        + "&max=10")).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("ORG_UNIT_UPDATED");
    }

    @Test
    @Order(2)
    void itClosesOnceWhenTheDeadlineHasPassed() {
        assertThat(consultations.closeDue()).as("not due yet").isZero();
        try {
            ShiftedClock.shiftBy(Duration.ofDays(3));
            assertThat(consultations.closeDue()).isGreaterThanOrEqualTo(1);
            assertThat(consultations.closeDue()).as("closed once").isZero();
        } finally {
            ShiftedClock.shiftBy(Duration.ZERO);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theOutcomeIsRecordedToldAndReported() throws Exception {
        Http rolf = Http.basic("rolf", "demo");
        JsonObject result = Http.json(ok(rolf.get(BASE + "/" + id + "/results")));
        assertThat(result.getString("status")).isEqualTo("CLOSED");
        assertThat(result.getString("outcome")).isEqualTo("OBJECTIONS");
        assertThat(result.getInt("asked")).isEqualTo(5);
        assertThat(result.getInt("agreed")).isEqualTo(1);
        assertThat(result.getJsonArray("objections").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(o -> assertThat(o.getString("member")).isEqualTo("sven"));
        assertThat(result.getString("summary")).startsWith("Invändningar (2 av 5 ledamöter svarade")
                .contains("Invändning från Sven Åkesson: Kommunen har redan ett kölappssystem");
        assertProblem(Http.basic("olle", "demo").postJson(BASE + "/" + id + "/responses", "{\"answer\":\"AGREE\"}"),
                409);

        List<JsonObject> timeline = Http.jsonArray(Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(t -> t.getString("kind"))
                .containsSubsequence("CONSULTATION_REQUESTED", "CONSULTATION_CLOSED");
        assertThat(timeline).filteredOn(t -> t.getString("kind").equals("CONSULTATION_CLOSED")).singleElement()
                .satisfies(t -> assertThat(t.getString("detail")).startsWith("Snabbsamråd: Invändningar"));

        MimeMessage told = Smtp.await((GreenMail) mail(),
                "Snabbsamråd avslutat: " + caseNumber);
        try {
            assertThat(Arrays.stream(told.getAllRecipients()).map(Object::toString))
                    .as("the förvaltningschef, not the name the submitter wrote")
                    .contains("anna.kontakt@adalen.example", "anna.lindqvist@adalen.example",
                            "karin.nordstrom@adalen.example")
                    .doesNotContain("olle.strand@adalen.example");
        } finally {
            assertThat(Http.basic("admin", "demo").putJson("/api/v1/org-units/" + orgUnitId("SOC"),
                    socWithManager("olle")).statusCode()).isEqualTo(200);
        }
        assertThat(String.valueOf(told.getContent())).contains("Invändningar", "Sven Åkesson");

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo")
                        .get("/api/v1/admin/audit?entityType=Consultation&entityId=" + id + "&max=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action")).contains("CONSULTATION_REQUESTED",
                "CONSULTATION_OPENED", "CONSULTATION_ANSWERED", "CONSULTATION_CLOSED");

        // The next meeting after the closing: within the hour, so no other test's meeting falls in between.
        Instant closedAt = Instant.parse(result.getString("closedAt"));
        long meetingId = ReferredCases.meeting(closedAt.truncatedTo(ChronoUnit.MINUTES)
                .plusSeconds(60L * (2 + (int) (Math.random() * 50)))).getJsonNumber("id").longValue();
        HttpResponse<String> minutes = rolf.postJson("/api/v1/council/meetings/" + meetingId + "/minutes",
                "{\"adjuster\":\"maria\"}");
        assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(201);
        assertThat(Http.json(minutes).getString("body")).as("closed at " + closedAt)
                .contains("Rapporter/anmälningar",
                "Snabbsamråd " + caseNumber, "Invändningar");
    }

    @Test
    @RunAsClient
    void aSamradHeldOnAMeetingIsRecordedInSamradWords() throws Exception {
        mail();
        String onMeeting = ReferredCases.referred("Samrådstest: upphandling av e-arkiv",
                "{\"routing\":\"CONSULTATION\","
                + "\"consultationMode\":\"COUNCIL_MEETING\",\"motivation\":\"IT-upphandling kräver samråd.\"}");
        Http rolf = Http.basic("rolf", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        long itemId = Http.json(ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(onMeeting) + "}"))).getJsonNumber("id").longValue();
        ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"APPROVED\",\"motivation\":\"Samordnas med regionens e-arkiv.\"}"));
        MimeMessage told = Smtp.await((GreenMail) mail(),
                "Samråd i digitaliseringsrådet: " + onMeeting + " tillstyrkt");
        assertThat(String.valueOf(told.getContent()))
                .contains("hållit samråd om IT-upphandlingen", "Samråd: Tillstyrkt");
        assertThat(Http.jsonArray(Http.basic("anna", "demo").get("/api/v1/initiatives/" + onMeeting + "/timeline"))
                .getValuesAs(JsonObject.class)).filteredOn(t -> t.getString("kind").equals("DECISION"))
                .singleElement().satisfies(t -> assertThat(t.getString("detail"))
                        .as("samråd words on the timeline").startsWith("Tillstyrkt: Samordnas med regionens e-arkiv."));
    }

    @Test
    @RunAsClient
    void onlyTheCouncilTakesPart() throws Exception {
        for (String user : List.of("anna", "petra", "berit")) {
            Http http = Http.basic(user, "demo");
            assertProblem(http.get(BASE), 403);
            assertProblem(http.get(BASE + "/1"), 403);
            assertProblem(http.get(BASE + "/1/results"), 403);
            assertProblem(http.postJson(BASE + "/1/opening", "{\"deadline\":\"2030-01-01T12:00:00Z\"}"), 403);
            assertProblem(http.postJson(BASE + "/1/responses", "{\"answer\":\"AGREE\"}"), 403);
            assertProblem(http.get("/api/v1/council/members"), 403);
        }
        assertThat(Http.basic("rolf", "demo").get(BASE + "/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void thePagesAreTheCouncilsOnly() throws Exception {
        List<String> pages = List.of("/council/consultations.xhtml", "/council/consultation.xhtml?id=" + id,
                "/council/members.xhtml", "/council/consultation-underlag.pdf?id=" + id);
        for (String page : pages) {
            HttpResponse<String> anonymous = Http.anonymous().get(page);
            assertThat(anonymous.statusCode()).as(page).isIn(200, 302);
            if (anonymous.statusCode() == 200) {
                assertThat(anonymous.body()).as(page).contains("j_security_check");
            }
        }
        for (String user : List.of("anna", "petra")) {
            Http session = Http.signedIn(user, "demo");
            for (String page : pages) {
                assertThat(session.get(page).statusCode()).as(user + " on " + page).isEqualTo(403);
            }
        }
        Http sven = Http.signedIn("sven", "demo");
        for (String page : pages) {
            assertThat(sven.get(page).statusCode()).as("sven on " + page).isEqualTo(200);
        }
    }

    @Test
    @RunAsClient
    void anonymousCallersAreAskedToSignIn() throws Exception {
        for (String path : List.of(BASE, BASE + "/1", BASE + "/1/results", "/api/v1/council/members")) {
            assertThat(Http.anonymous().get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(Http.anonymous().postJson(BASE + "/1/responses", "{\"answer\":\"AGREE\"}").statusCode())
                .isEqualTo(401);
        assertThat(Http.anonymous().postJson(BASE + "/1/opening", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void theSecretaryKeepsTheMembership() throws Exception {
        List<JsonObject> members = Http.jsonArray(ok(Http.basic("sven", "demo").get("/api/v1/council/members")))
                .getValuesAs(JsonObject.class);
        assertThat(members).filteredOn(m -> m.getString("function").equals("CHAIR")).singleElement()
                .satisfies(m -> assertThat(m.getString("fullName")).isEqualTo("Maria Berg"));
        assertThat(members).filteredOn(m -> m.getBoolean("inUtskott")).as("the five-member utskott").hasSize(5);

        Http rolf = Http.basic("rolf", "demo");
        assertProblem(Http.basic("maria", "demo").putJson("/api/v1/council/members/sven",
                "{\"function\":\"MEMBER\",\"inUtskott\":true}"), 403);
        assertField(rolf.putJson("/api/v1/council/members/anna", "{\"function\":\"MEMBER\"}"), "username");
        assertField(rolf.putJson("/api/v1/council/members/sven", "{\"function\":\"CHAIR\",\"inUtskott\":true}"),
                "function");
        assertField(rolf.putJson("/api/v1/council/members/sven", "{\"function\":\"ORDFÖRANDE\"}"), "function");
        HttpResponse<String> kept = rolf.putJson("/api/v1/council/members/sven",
                "{\"function\":\"MEMBER\",\"inUtskott\":true}");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(Http.json(Http.basic("admin", "demo")
                        .get("/api/v1/admin/audit?entityType=CouncilMember&entityId=sven&max=10"))
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("MEMBER_CHANGED");

        assertProblem(Http.basic("sven", "demo").delete("/api/v1/council/members/olle"), 403);
        assertThat(rolf.delete("/api/v1/council/members/olle").statusCode()).isEqualTo(204);
        assertThat(Http.jsonArray(ok(rolf.get("/api/v1/council/members"))).getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("username")).doesNotContain("olle");
        assertProblem(rolf.delete("/api/v1/council/members/olle"), 404);
        assertThat(rolf.putJson("/api/v1/council/members/olle", "{\"function\":\"MEMBER\",\"inUtskott\":true}")
                .statusCode()).as("seated again, as the demo has him").isEqualTo(200);
        assertThat(Http.json(Http.basic("admin", "demo")
                        .get("/api/v1/admin/audit?entityType=CouncilMember&entityId=olle&max=10"))
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("MEMBER_UNSEATED", "MEMBER_SEATED");
    }

    @Test
    @RunAsClient
    void theConsultationsAreInTheOpenApiDocument() throws Exception {
        String doc = Http.anonymous().get("/api/openapi", "Accept", "application/json").body();
        assertThat(doc).contains("/api/v1/council/consultations", "/api/v1/council/consultations/{id}/responses",
                "/api/v1/council/consultations/{id}/opening", "/api/v1/council/consultations/{id}/results",
                "/api/v1/council/members");
    }

    /** Client-side only: started on first use, kept until every step has run. */
    private static Object mail() {
        if (mail == null) {
            mail = Smtp.started();
        }
        return mail;
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            ((GreenMail) mail).stop();
        }
    }

    private static JsonObject orgUnit(String code) throws Exception {
        return Http.jsonArray(ok(Http.basic("admin", "demo").get("/api/v1/org-units"))).getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static long orgUnitId(String code) throws Exception {
        return orgUnit(code).getJsonNumber("id").longValue();
    }

    private static String socWithManager(String manager) {
        return "{\"code\":\"SOC\",\"name\":\"Socialförvaltningen\",\"kind\":\"FORVALTNING\",\"manager\":\""
                + manager + "\"}";
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }
}
