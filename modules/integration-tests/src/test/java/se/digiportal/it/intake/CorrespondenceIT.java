package se.digiportal.it.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
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
import se.digiportal.intake.api.CaseCorrespondence;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;
import se.digiportal.kernel.api.ConflictException;

/**
 * Komplettering and the message thread across the module boundary: the beredningsgrupp (in the server, through
 * {@link CaseCorrespondence}, as beredning calls it) asks for a completion and writes; the contact person gets
 * the mail; Anna completes over the API, which makes version 2, reaches the timeline and the audit trail; who
 * else may read or answer is checked on every endpoint. The steps run in order: client, server, client.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrespondenceIT {

    static final String TITLE = "Korrespondens: digital signering av biståndsbeslut";

    /** Client-side only (the in-server steps never touch it). */
    /** A GreenMail, typed Object: the test class is also loaded inside the server, where GreenMail is not. */
    private static Object mail;
    private static String caseNumber;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(CorrespondenceIT.class, AsPreparer.class);
    }

    @Inject
    AsPreparer preparer;

    @Inject
    CaseCorrespondence correspondence;

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            ((GreenMail) mail).stop();
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void annaSubmitsAndNothingIsYetToComplete() throws Exception {
        mail = Smtp.started();
        HttpResponse<String> submitted = Http.basic("anna", "demo").postJson("/api/v1/initiatives",
                se.digiportal.it.support.Submissions.json(TITLE), "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        caseNumber = Http.json(submitted).getString("caseNumber");
        assertThat(Http.json(submitted).getString("title")).isEqualTo(TITLE);

        Http anna = Http.basic("anna", "demo");
        assertThat(anna.get(path("/completion")).statusCode()).isEqualTo(404);
        HttpResponse<String> nothingAsked = anna.postJson(path("/completion"), "{\"answer\":\"Här är svaret.\"}");
        assertThat(nothingAsked.statusCode()).as(nothingAsked.body()).isEqualTo(409);
        assertThat(nothingAsked.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonArray versions = array(anna.get(path("/versions")));
        assertThat(versions).hasSize(1);
        assertThat(versions.getJsonObject(0).getInt("number")).isEqualTo(1);
        assertThat(versions.getJsonObject(0).isNull("answer")).isTrue();
    }

    @Test
    @Order(2)
    void theBeredningsgruppAsksForACompletionAndWrites() {
        String number = preparer.newestCaseTitled(TITLE);
        LocalDate deadline = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14);

        preparer.requestCompletion(number, "Beskriv hur driften finansieras efter piloten.", deadline);
        preparer.send(number, "Fråga om finansiering", "Hej Anna! Vem betalar licenserna efter 2027?");

        assertThatThrownBy(() -> preparer.requestCompletion(number, "En till", deadline))
                .as("one open request at a time").isInstanceOf(ConflictException.class);
        assertThat(preparer.thread(number)).singleElement().satisfies(m -> {
            assertThat(m.fromPreparers()).isTrue();
            assertThat(m.subject()).isEqualTo("Fråga om finansiering");
        });
        assertThatThrownBy(() -> correspondence.requestCompletion(number, "Utan roll", deadline))
                .as("only the beredningsgrupp asks").isInstanceOf(EJBAccessException.class);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theContactPersonIsMailedAndAnnaCompletesToVersionTwo() throws Exception {
        MimeMessage request = Smtp.await((GreenMail) mail, "Komplettering begärd: " + caseNumber);
        assertThat(Arrays.stream(request.getAllRecipients()).map(Object::toString))
                .containsExactly("anna.kontakt@adalen.example");
        String body = (String) request.getContent();
        assertThat(body).contains("Beskriv hur driften finansieras efter piloten.")
                .contains("Svara senast " + LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14))
                .contains("/intake/receipt.xhtml?case=" + caseNumber);
        assertThat((String) Smtp.await((GreenMail) mail, "Fråga om finansiering (" + caseNumber + ")").getContent())
                .contains("Vem betalar licenserna efter 2027?");

        Http anna = Http.basic("anna", "demo");
        HttpResponse<String> open = anna.get(path("/completion"));
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(Http.json(open).getString("whatToComplete")).isEqualTo("Beskriv hur driften finansieras efter piloten.");

        HttpResponse<String> blank = anna.postJson(path("/completion"),
                "{\"answer\":\"  \",\"financingSource\":\"Ska inte sparas\"}");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(Http.json(blank).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("answer");
        HttpResponse<String> removing = anna.postJson(path("/completion"),
                "{\"answer\":\"Svar\",\"title\":\"\",\"proposedSolution\":\" \"}");
        assertThat(removing.statusCode()).isEqualTo(400);
        assertThat(Http.json(removing).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("title", "proposedSolution");
        assertThat(array(anna.get(path("/versions")))).as("nothing half-saved").hasSize(1);

        HttpResponse<String> completed = anna.postJson(path("/completion"),
                "{\"answer\":\"Driften betalas av äldreomsorgen från 2028.\","
                        + "\"financingSource\":\"Äldreomsorgens budget 2027 och 2028\",\"estimatedTotalHours\":700}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        JsonObject version = Http.json(completed);
        assertThat(version.getInt("number")).isEqualTo(2);
        assertThat(version.getString("financingSource")).isEqualTo("Äldreomsorgens budget 2027 och 2028");
        assertThat(version.getString("title")).as("left out is kept").isEqualTo(TITLE);

        JsonArray versions = array(anna.get(path("/versions")));
        assertThat(versions.getValuesAs(JsonObject.class)).extracting(v -> v.getInt("number")).containsExactly(1, 2);
        assertThat(versions.getJsonObject(1).getString("answer")).isEqualTo("Driften betalas av äldreomsorgen från 2028.");
        assertThat(versions.getJsonObject(1).getBoolean("current")).isTrue();
        JsonObject first = Http.json(anna.get(path("/versions/1")));
        assertThat(first.getString("financingSource")).as("version 1 is kept as submitted")
                .isEqualTo("Äldreomsorgens budget");
        assertThat(first.getInt("estimatedTotalHours")).isEqualTo(650);
        assertThat(Http.json(anna.get("/api/v1/initiatives/" + caseNumber)).getInt("estimatedTotalHours")).isEqualTo(700);

        assertThat(anna.get(path("/completion")).statusCode()).as("the request is closed").isEqualTo(404);
        assertThat(anna.postJson(path("/completion"), "{\"answer\":\"Igen\"}").statusCode()).isEqualTo(409);

        JsonArray timeline = array(anna.get(path("/timeline")));
        assertThat(timeline.getValuesAs(JsonObject.class)).extracting(t -> t.getString("kind")).contains("COMPLETED");
        assertThat(timeline.getValuesAs(JsonObject.class)).filteredOn(t -> t.getString("kind").equals("COMPLETED"))
                .singleElement().satisfies(t -> assertThat(t.getString("detail")).contains("version 2"));

        long id = array(anna.get("/api/v1/initiatives?mine=true")).getValuesAs(JsonObject.class).stream()
                .filter(c -> caseNumber.equals(c.getString("caseNumber", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonArray audit = Http.json(Http.basic("admin", "demo")
                .get("/api/v1/admin/audit?entityType=Initiative&entityId=" + id)).getJsonArray("items");
        JsonObject entry = audit.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("action").equals("INITIATIVE_COMPLETED")).findFirst().orElseThrow();
        assertThat(entry.getString("actor")).isEqualTo("anna");
        assertThat(entry.getJsonArray("changes").getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getString("field")).isEqualTo("financingSource");
                    assertThat(c.getString("before")).isEqualTo("Äldreomsorgens budget");
                    assertThat(c.getString("after")).isEqualTo("Äldreomsorgens budget 2027 och 2028");
                });
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .contains("COMPLETION_REQUESTED", "MESSAGE_SENT");
    }

    @Test
    @Order(4)
    @RunAsClient
    void annaRepliesInTheThreadAndTheBeredningsgruppReadsIt() throws Exception {
        HttpResponse<String> reply = Http.basic("anna", "demo").postJson(path("/messages"),
                "{\"text\":\"Licenserna betalas av äldreomsorgen.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(Http.json(reply).getBoolean("fromPreparers")).isFalse();
        assertThat(Http.json(reply).getString("subject")).isEqualTo("Sv: Fråga om finansiering");

        HttpResponse<String> empty = Http.basic("anna", "demo").postJson(path("/messages"), "{\"text\":\"\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");

        JsonArray thread = array(Http.basic("berit", "demo").get(path("/messages")));
        assertThat(thread.getValuesAs(JsonObject.class)).extracting(m -> m.getString("text"))
                .containsExactly("Hej Anna! Vem betalar licenserna efter 2027?", "Licenserna betalas av äldreomsorgen.");
        assertThat(Http.basic("karin", "demo").get(path("/messages")).statusCode())
                .as("the förvaltning's contact person reads it").isEqualTo(200);
        assertThat(array(Http.basic("berit", "demo").get(path("/versions")))).hasSize(2);
        assertThat(Http.basic("berit", "demo").postJson(path("/completion"), "{\"answer\":\"x\"}").statusCode())
                .as("the beredningsgrupp reads but does not complete").isEqualTo(403);
    }

    @Test
    @Order(5)
    @RunAsClient
    void nobodyElseReadsOrAnswers() throws Exception {
        Http erik = Http.basic("erik", "demo");
        for (String sub : new String[] {"/messages", "/completion", "/versions", "/versions/1"}) {
            HttpResponse<String> response = erik.get(path(sub));
            assertThat(response.statusCode()).as("erik GET " + sub).isIn(403, 404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
        }
        assertThat(erik.postJson(path("/completion"), "{\"answer\":\"x\"}").statusCode()).isIn(403, 404);
        assertThat(erik.postJson(path("/messages"), "{\"text\":\"x\"}").statusCode()).isIn(403, 404);

        Http anonymous = Http.anonymous();
        for (String sub : new String[] {"/messages", "/completion", "/versions"}) {
            assertThat(anonymous.get(path(sub)).statusCode()).as("anonymous GET " + sub).isEqualTo(401);
        }
        assertThat(anonymous.postJson(path("/completion"), "{\"answer\":\"x\"}").statusCode()).isEqualTo(401);
    }

    private static String path(String sub) {
        return "/api/v1/initiatives/" + caseNumber + sub;
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
