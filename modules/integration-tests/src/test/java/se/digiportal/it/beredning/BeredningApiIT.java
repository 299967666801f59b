package se.digiportal.it.beredning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Submissions;

/**
 * The beredning workbench over HTTP: who may call it (401, 403), how bad input is answered (400 naming the field),
 * and a case taken from the queue through assignment, checklist, recommendations and routing to quality-assured,
 * audited and on the submitter's timeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeredningApiIT {

    static final List<String> CHECKLIST = List.of("NEED", "BENEFITS", "FINANCING", "LEGAL_GDPR", "PROCUREMENT",
            "ARCHITECTURE", "INFOSEC");


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    /** Submits a case as anna and returns its case number. */
    static String submitAsAnna(String tag) throws Exception {
        return Submissions.submitAsAnna("Digital signering av biståndsbeslut " + tag);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        HttpResponse<String> response = Http.anonymous().get("/api/v1/beredning/queue");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aSubmitterIsForbiddenEveryEndpoint() throws Exception {
        String caseNumber = submitAsAnna("forbidden");
        Http anna = Http.basic("anna", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;
        assertThat(anna.get("/api/v1/beredning/queue").statusCode()).isEqualTo(403);
        assertThat(anna.get(base).statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/assignment", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.putJson(base + "/checklist/NEED", "{\"verdict\":\"OK\"}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/completion-requests", "{\"whatToComplete\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/recommendations", "{\"recommendations\":[]}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/routing", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/assessment", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/quality-assurance", "").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/resume", "").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/meeting-booking", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.get(base + "/underlag").statusCode()).isEqualTo(403);
        assertThat(anna.putJson(base + "/underlag", "{}").statusCode()).isEqualTo(403);
        assertThat(anna.postJson(base + "/referral", "").statusCode()).isEqualTo(403);
        assertThat(Http.basic("petra", "demo").get("/api/v1/beredning/queue").statusCode())
                .as("the project office is not the beredningsgrupp").isEqualTo(403);
    }

    @Test
    void badInputIsAProblemThatNamesTheField() throws Exception {
        String caseNumber = submitAsAnna("bad input");
        Http berit = Http.basic("berit", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;

        assertField(berit.get("/api/v1/beredning/queue?status=LOST"), "status");
        assertField(berit.get("/api/v1/beredning/queue?sort=shoeSize"), "sort");
        assertField(berit.putJson(base + "/checklist/FINANCING", "{\"verdict\":\"NOT_OK\"}"), "comment");
        assertField(berit.putJson(base + "/checklist/FINANCING", "{\"verdict\":\"MAYBE\"}"), "verdict");
        assertField(berit.postJson(base + "/completion-requests", "{\"whatToComplete\":\"  \"}"), "whatToComplete");
        assertField(berit.postJson(base + "/completion-requests",
                "{\"whatToComplete\":\"Budget\",\"deadline\":\"2001-01-01\"}"), "deadline");
        assertField(berit.postJson(base + "/recommendations",
                "{\"recommendations\":[{\"topic\":\"Säkerhet\",\"text\":\"\"}]}"), "recommendations[0].text");
        assertField(berit.postJson(base + "/assignment", "{\"assignee\":\"anna\"}"), "assignee");
        berit.postJson(base + "/assignment", "{}");
        assertField(berit.postJson(base + "/routing",
                "{\"routing\":\"CONSULTATION\",\"motivation\":\"IT-upphandling\"}"), "consultationMode");
        assertField(berit.postJson(base + "/routing", "{\"routing\":\"REFER_TO_COUNCIL\"}"), "motivation");

        JsonObject after = Http.json(berit.get(base));
        assertThat(after.isNull("routing")).as("nothing half-saved").isTrue();
        assertThat(after.getJsonArray("completions")).isEmpty();
        assertThat(berit.get("/api/v1/beredning/cases/DIGI-1999-0001").statusCode()).isEqualTo(404);
    }

    @Test
    void aCaseGoesFromTheQueueToQualityAssuredAuditedAndOnTheTimeline() throws Exception {
        String caseNumber = submitAsAnna("quality assured");
        Http berit = Http.basic("berit", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;

        JsonObject queue = Http.json(berit.get("/api/v1/beredning/queue?q=" + caseNumber + "&status=NEW"));
        assertThat(queue.getInt("total")).isEqualTo(1);
        JsonObject row = queue.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("status")).isEqualTo("NEW");
        assertThat(row.getInt("checklistItems")).isEqualTo(CHECKLIST.size());

        JsonObject assigned = Http.json(berit.postJson(base + "/assignment", "{}"));
        assertThat(assigned.getString("assignee")).isEqualTo("berit");
        assertThat(assigned.getString("status")).isEqualTo("IN_PREPARATION");
        assertThat(Http.json(berit.get("/api/v1/beredning/queue?assignee=berit&q=" + caseNumber)).getInt("total"))
                .isEqualTo(1);
        // The submission asks for 650 hours across two verksamheter with new integrations: the council's matter.
        assertThat(assigned.getString("suggestedRouting")).isEqualTo("REFER_TO_COUNCIL");
        assertThat(assigned.getJsonArray("referralReasons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("SIZE", "SEVERAL_VERKSAMHETER", "COMPLEXITY");

        for (String item : CHECKLIST) {
            HttpResponse<String> r = berit.putJson(base + "/checklist/" + item,
                    "{\"verdict\":\"OK\",\"comment\":\"Granskat.\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        HttpResponse<String> early = berit.postJson(base + "/quality-assurance", "");
        assertThat(early.statusCode()).as("no routing decided yet").isEqualTo(409);

        HttpResponse<String> recommended = berit.postJson(base + "/recommendations",
                "{\"recommendations\":[{\"topic\":\"Informationssäkerhet\",\"text\":\"Gör en informationsklassning.\"}]}");
        assertThat(recommended.statusCode()).as(recommended.body()).isEqualTo(200);
        assertThat(Http.json(recommended).getJsonArray("recommendations")).hasSize(1);

        HttpResponse<String> routed = berit.postJson(base + "/routing",
                "{\"routing\":\"RECOMMENDATIONS_ONLY\",\"motivation\":\"Verksamheten genomför själv.\"}");
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        JsonObject done = Http.json(berit.postJson(base + "/quality-assurance", ""));
        assertThat(done.getString("status")).isEqualTo("QUALITY_ASSURED");

        List<String> timeline = Http.jsonArray(Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class).stream().map(t -> t.getString("kind")).toList();
        assertThat(timeline).containsSubsequence("SUBMITTED", "ASSIGNED", "RECOMMENDATION", "QUALITY_ASSURED");

        long caseId = done.getJsonNumber("id").longValue();
        JsonObject audit = Http.json(Http.basic("admin", "demo")
                .get("/api/v1/admin/audit?entityType=PreparationCase&entityId=" + caseId + "&max=100"));
        List<JsonObject> entries = audit.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).contains("CASE_RECEIVED", "CASE_ASSIGNED",
                "CHECKLIST_ANSWERED", "RECOMMENDATIONS_GIVEN", "CASE_ROUTED", "CASE_QUALITY_ASSURED");
        assertThat(entries).filteredOn(e -> e.getString("action").equals("CASE_ASSIGNED"))
                .allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("berit"));
    }

    @Test
    void aReferralNeedsARoutingAndEveryRequiredSectionOfTheUnderlag() throws Exception {
        String caseNumber = submitAsAnna("referral");
        Http berit = Http.basic("berit", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;
        berit.postJson(base + "/assignment", "{}");
        assertThat(berit.postJson(base + "/referral", "").statusCode()).as("not routed to the council").isEqualTo(409);

        berit.postJson(base + "/routing", "{\"routing\":\"REFER_TO_COUNCIL\",\"motivation\":\"Berör flera verksamheter.\"}");
        HttpResponse<String> saved = berit.putJson(base + "/underlag",
                "{\"background\":\"Handläggarna signerar för hand.\",\"need\":\"Kortare ledtider.\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> refused = berit.postJson(base + "/referral", "");
        assertField(refused, "proposedDecision");
        assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).doesNotContain("background", "need");
        assertThat(Http.json(berit.get(base)).getString("status")).as("nothing half-done").isEqualTo("UNDERLAG_IN_PREPARATION");

        berit.putJson(base + "/underlag", "{\"background\":\"Handläggarna signerar för hand.\",\"need\":\"Kortare ledtider.\","
                + "\"options\":\"Behålla pappersflödet.\",\"costs\":\"650 timmar.\",\"risks\":\"Leverantörsberoende.\","
                + "\"gdpr\":\"Personuppgifter; konsekvensbedömning görs.\",\"recommendation\":\"Genomför.\","
                + "\"proposedDecision\":\"Rådet beslutar att genomföra initiativet.\"}");
        HttpResponse<String> referred = berit.postJson(base + "/referral", "");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
        assertThat(Http.json(berit.get(base)).getString("status")).isEqualTo("REFERRED");
        assertThat(berit.postJson(base + "/referral", "").statusCode()).as("published once").isEqualTo(409);
        assertThat(Http.jsonArray(Http.basic("anna", "demo").get("/api/v1/initiatives/" + caseNumber + "/timeline"))
                .getValuesAs(JsonObject.class)).extracting(t -> t.getString("kind")).contains("REFERRED_TO_COUNCIL");
    }

    @Test
    void theWorkbenchIsInTheOpenApiDocument() throws Exception {
        String doc = Http.anonymous().get("/api/openapi", "Accept", "application/json").body();
        assertThat(doc).contains("/api/v1/beredning/queue", "/api/v1/beredning/cases/{caseNumber}/assignment",
                "/api/v1/beredning/cases/{caseNumber}/checklist/{item}",
                "/api/v1/beredning/cases/{caseNumber}/completion-requests",
                "/api/v1/beredning/cases/{caseNumber}/recommendations", "/api/v1/beredning/cases/{caseNumber}/routing",
                "/api/v1/beredning/cases/{caseNumber}/referral", "/api/v1/beredning/cases/{caseNumber}/meeting-booking",
                "/api/v1/beredning/queue.csv");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }
}
