package se.digiportal.it.objects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/** The objects API on the real EAR: objects, the objektplan workflow, the system register and its CSV import. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectsApiIT {

    static final String CARE_OBJECT = "Verksamhetssystem äldreomsorg";
    static final String RECORDS_OBJECT = "Ärende- och dokumenthantering";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void objectsNeedARoleOfTheObjectsArea() throws Exception {
        HttpResponse<String> anonymous = Http.anonymous().get("/api/v1/objects");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, 401);

        HttpResponse<String> submitter = Http.basic("anna", "demo").get("/api/v1/systems");
        assertThat(submitter.statusCode()).isEqualTo(403);
        assertProblem(submitter, 403);
    }

    @Test
    void theObjectListCountsSystemsAndNamesWhatIsMissing() throws Exception {
        HttpResponse<String> response = Http.basic("lena", "demo").get("/api/v1/objects");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject care = byName(array(response), CARE_OBJECT);
        assertThat(care.getInt("systemCount")).isEqualTo(3);
        assertThat(care.getJsonArray("gaps")).isEmpty();
        JsonObject school = byName(array(response), "Skolplattform");
        assertThat(school.getJsonArray("gaps").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("role"))
                .contains("BUSINESS_LEAD", "IT_LEAD", "IT_SPECIALIST", "BUSINESS_SPECIALIST");
    }

    @Test
    void anObjectShowsItsSystemsAndPlans() throws Exception {
        long id = objectId("olle", CARE_OBJECT);
        HttpResponse<String> response = Http.basic("olle", "demo").get("/api/v1/objects/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject detail = Http.json(response);
        assertThat(detail.getJsonArray("systems").getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .contains("Verksamhetssystem för äldreomsorg", "Mobil dokumentation i hemtjänsten");
        assertThat(detail.getJsonArray("plans").getValuesAs(JsonObject.class))
                .anySatisfy(p -> {
                    assertThat(p.getInt("year")).isEqualTo(2026);
                    assertThat(p.getString("status")).isEqualTo("APPROVED");
                });
        assertThat(Http.basic("olle", "demo").get("/api/v1/objects/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anApprovedPlanIsLockedForTheLeads() throws Exception {
        long id = objectId("lena", CARE_OBJECT);
        HttpResponse<String> plan = Http.basic("lena", "demo").get("/api/v1/objects/" + id + "/plans/2026");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(Http.json(plan).getString("status")).isEqualTo("APPROVED");
        assertThat(Http.json(plan).getBoolean("editable")).isFalse();

        HttpResponse<String> edit = Http.basic("lena", "demo").putJson("/api/v1/objects/" + id + "/plans/2026", planJson(2));
        assertThat(edit.statusCode()).isEqualTo(409);
        assertProblem(edit, 409);
    }

    @Test
    void thePlanWorkflowFromDraftToApprovedAndCopiedWithAccessPerPerson() throws Exception {
        long id = objectId("lena", CARE_OBJECT);
        int year = freeYear(id, 2040);
        String path = "/api/v1/objects/" + id + "/plans/" + year;

        HttpResponse<String> draft = Http.basic("lena", "demo").putJson(path, planJson(2));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(Http.json(draft).getString("status")).isEqualTo("DRAFT");
        HttpResponse<String> revised = Http.basic("ahmed", "demo").putJson(path, planJson(3));
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(Http.json(revised).getJsonArray("activities")).hasSize(2);

        assertProblem(Http.basic("sara", "demo").putJson(path, planJson(2)), 403);
        assertProblem(Http.basic("olle", "demo").postJson(path + "/approve", ""), 409);

        HttpResponse<String> submitted = Http.basic("lena", "demo").postJson(path + "/submit", "");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(Http.json(submitted).getString("status")).isEqualTo("SUBMITTED");
        assertProblem(Http.basic("ahmed", "demo").postJson(path + "/approve", ""), 403);
        assertProblem(Http.basic("lena", "demo").putJson(path, planJson(2)), 409);

        HttpResponse<String> approved = Http.basic("olle", "demo").postJson(path + "/approve", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(Http.json(approved).getString("status")).isEqualTo("APPROVED");
        assertThat(Http.json(approved).getString("decidedBy")).isEqualTo("olle");
        assertProblem(Http.basic("lena", "demo").putJson(path, planJson(2)), 409);

        HttpResponse<String> copy = Http.basic("olle", "demo").postJson(path + "/copy", "");
        assertThat(copy.statusCode()).isEqualTo(201);
        assertThat(Http.json(copy).getInt("year")).isEqualTo(year + 1);
        assertThat(Http.json(copy).getString("status")).isEqualTo("DRAFT");
        assertThat(Http.json(copy).getJsonArray("goals").getJsonObject(0).getString("description"))
                .isEqualTo("Mobil dokumentation i hela hemtjänsten");
        assertProblem(Http.basic("olle", "demo").postJson(path + "/copy", ""), 409);
    }

    @Test
    void theLeadPairFollowsUpAnApprovedPlanAtYearEndAndNobodyElseMay() throws Exception {
        long id = objectId("lena", CARE_OBJECT);
        int year = freeYear(id, 2060);
        String path = "/api/v1/objects/" + id + "/plans/" + year;
        String followUp = "{\"goals\":[{\"outcome\":\"92 % dokumenterar mobilt\"}],"
                + "\"activities\":[{\"outcome\":\"Appen används i alla grupper\",\"done\":true},"
                + "{\"outcome\":\"Flyttad till nästa år\",\"done\":false}]}";
        assertThat(Http.basic("lena", "demo").putJson(path, planJson(2)).statusCode()).isEqualTo(200);

        // A draft is not followed up: the year is steered by the plan the owner decided.
        assertProblem(Http.basic("lena", "demo").putJson(path + "/follow-up", followUp), 409);
        assertThat(Http.basic("lena", "demo").postJson(path + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(Http.basic("olle", "demo").postJson(path + "/approve", "").statusCode()).isEqualTo(200);

        assertProblem(Http.basic("olle", "demo").putJson(path + "/follow-up", followUp), 403);
        assertProblem(Http.basic("sara", "demo").putJson(path + "/follow-up", followUp), 403);
        assertProblem(Http.basic("lena", "demo").putJson(path + "/follow-up",
                "{\"goals\":[{\"outcome\":\"x\"}],\"activities\":[]}"), 400);

        HttpResponse<String> recorded = Http.basic("ahmed", "demo").putJson(path + "/follow-up", followUp);
        assertThat(recorded.statusCode()).isEqualTo(200);
        JsonObject plan = Http.json(Http.basic("olle", "demo").get(path));
        assertThat(plan.getString("status")).isEqualTo("APPROVED");
        assertThat(plan.getJsonArray("goals").getJsonObject(0).getString("outcome")).isEqualTo("92 % dokumenterar mobilt");
        assertThat(plan.getJsonArray("activities").getValuesAs(JsonObject.class))
                .extracting(a -> a.getBoolean("done")).containsExactly(true, false);
        assertThat(plan.getJsonArray("activities").getJsonObject(1).getString("outcome")).isEqualTo("Flyttad till nästa år");

        JsonObject audit = Http.json(Http.basic("admin", "demo").get(
                "/api/v1/admin/audit?entityType=ObjectPlan&entityId=" + plan.getJsonNumber("id").longValue() + "&max=1"));
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("PLAN_FOLLOWED_UP");
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("ahmed");
    }

    @Test
    void aLeadOfAnotherObjectMayNotWriteThisObjectsPlan() throws Exception {
        long id = objectId("lena", RECORDS_OBJECT);
        HttpResponse<String> response = Http.basic("lena", "demo").putJson("/api/v1/objects/" + id + "/plans/2027", planJson(2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
    }

    @Test
    void anInvalidPlanNamesTheField() throws Exception {
        long id = objectId("lena", CARE_OBJECT);
        HttpResponse<String> response = Http.basic("lena", "demo")
                .putJson("/api/v1/objects/" + id + "/plans/" + freeYear(id, 2060), planJson(7));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response, 400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("activities");
    }

    @Test
    void theRegisterFiltersByForvaltningLifecycleCriticalityAndPersonalData() throws Exception {
        Http lena = Http.basic("lena", "demo");
        assertThat(names(lena.get("/api/v1/systems?orgUnit=SOC"))).contains("Verksamhetssystem för äldreomsorg",
                "Mobil dokumentation i hemtjänsten", "Planeringsverktyg för hemtjänsten").doesNotContain("Lärplattform");
        assertThat(names(lena.get("/api/v1/systems?lifecycle=PHASING_OUT"))).contains("Planeringsverktyg för hemtjänsten")
                .doesNotContain("Ekonomisystem");
        assertThat(names(lena.get("/api/v1/systems?criticality=CRITICAL"))).contains("Ekonomisystem",
                "Verksamhetssystem för äldreomsorg").doesNotContain("Bibliotekssystem");
        assertThat(names(lena.get("/api/v1/systems?personalData=false"))).contains("E-handel och inköp")
                .doesNotContain("Ekonomisystem");

        HttpResponse<String> bad = lena.get("/api/v1/systems?lifecycle=SOMETIMES");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(assertProblem(bad, 400).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lifecycle");

        HttpResponse<String> overview = lena.get("/api/v1/systems/overview");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(array(overview).getValuesAs(JsonObject.class)).extracting(o -> o.getString("orgUnitName"))
                .contains("Socialförvaltningen", "Utbildningsförvaltningen");
    }

    @Test
    void aGoodFileImportsEveryRow() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String csv = "name;orgUnit;object;lifecycle;criticality;personalData;processorAgreement;integrations;businessSpecialist;itSpecialist\n"
                + "Kartplattform " + suffix + ";SBF;;IN_USE;HIGH;nej;nej;Bygglovssystem, E-arkiv;;sara\n"
                + "Fritidsbokning " + suffix + ";KFF;;PLANNED;LOW;ja;ja;;;\n";

        HttpResponse<String> response = postCsv("admin", "/api/v1/systems/import", csv);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getBoolean("imported")).isTrue();
        assertThat(names(Http.basic("admin", "demo").get("/api/v1/systems")))
                .contains("Kartplattform " + suffix, "Fritidsbokning " + suffix);
    }

    @Test
    void aFileWithOneBadRowImportsNoneAndNamesRowAndColumn() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String csv = "name,orgUnit,lifecycle,criticality\n"
                + "Parkeringstillstånd " + suffix + ",SBF,IN_USE,MEDIUM\n"
                + "Felanmälan " + suffix + ",SBF,IN_USE,VERY_HIGH\n"
                + "Kulturskola " + suffix + ",KFF,IN_USE,LOW\n";

        HttpResponse<String> preview = postCsv("admin", "/api/v1/systems/import?preview=true", csv);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Http.json(preview).getBoolean("imported")).isFalse();
        JsonObject error = Http.json(preview).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("row")).isEqualTo(3);
        assertThat(error.getString("column")).isEqualTo("criticality");

        HttpResponse<String> response = postCsv("admin", "/api/v1/systems/import", csv);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response, 400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("row 3: criticality");
        assertThat(names(Http.basic("admin", "demo").get("/api/v1/systems")))
                .doesNotContain("Parkeringstillstånd " + suffix, "Kulturskola " + suffix);
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        HttpResponse<String> response = postCsv("lena", "/api/v1/systems/import", "name,orgUnit,lifecycle,criticality\n");
        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
    }

    @Test
    void theOpenApiDocumentDescribesTheObjectsApi() throws Exception {
        HttpResponse<String> response = Http.anonymous().get("/api/openapi", "Accept", "application/json");
        assertThat(Http.json(response).getJsonObject("paths").keySet()).contains("/api/v1/objects",
                "/api/v1/objects/{id}", "/api/v1/objects/{id}/plans/{year}", "/api/v1/objects/{id}/plans/{year}/follow-up",
                "/api/v1/systems", "/api/v1/systems/import");
    }

    static String planJson(int quarter) {
        return "{\"overallPlan\":\"Stabil drift och mobil dokumentation.\","
                + "\"goals\":[{\"description\":\"Mobil dokumentation i hela hemtjänsten\"}],"
                + "\"activities\":[{\"kind\":\"VIDAREUTVECKLING\",\"description\":\"Införa app\",\"quarter\":" + quarter
                + ",\"owner\":\"lena\",\"cost\":250000},{\"kind\":\"VIDMAKTHALLANDE\",\"description\":\"Uppgradering\","
                + "\"quarter\":1,\"owner\":\"ahmed\",\"cost\":60000}],"
                + "\"budget\":[{\"category\":\"Licenser\",\"amount\":1200000}],"
                + "\"initiatives\":[{\"term\":\"SHORT\",\"title\":\"Digital signering\",\"caseNumber\":\"DIGI-2026-0001\"}]}";
    }

    /** The embedded database outlives a run unless the build is clean, so each run takes a year nobody used. */
    static int freeYear(long objectId, int from) throws Exception {
        int year = from;
        while (Http.basic("lena", "demo").get("/api/v1/objects/" + objectId + "/plans/" + year).statusCode() != 404) {
            year += 2;
        }
        return year;
    }

    static long objectId(String user, String name) throws Exception {
        return byName(array(Http.basic(user, "demo").get("/api/v1/objects")), name).getJsonNumber("id").longValue();
    }

    private static JsonObject byName(JsonArray array, String name) {
        return array.getValuesAs(JsonObject.class).stream().filter(o -> name.equals(o.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + array));
    }

    private static List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return array(response).getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static HttpResponse<String> postCsv(String user, String path, String csv) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.baseUrl() + path))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        return problem;
    }
}
