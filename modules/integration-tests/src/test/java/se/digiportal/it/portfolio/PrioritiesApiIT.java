package se.digiportal.it.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The REST contract of the yearly prioritization: who may do what (401, 403), bad input as problem+json naming
 * the field (400), one frozen decision per year (409), and the decision readable by the council. It also proves
 * the demo prioritization is there and that the endpoints are in the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrioritiesApiIT {

    private static final String BASE = "/api/v1/portfolio/priorities/";

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() + 2;

    /**
     * The first year after next without scenarios or a decision (next year holds the demo prioritization): the test
     * database outlives a run and a frozen year stays frozen, so a test that freezes takes a year nobody touched.
     */
    static int untouchedYear() {
        try {
            Http petra = Http.basic("petra", "demo");
            for (int y = LocalDate.now(ZoneOffset.UTC).getYear() + 2; y < 2999; y++) {
                if (Http.jsonArray(petra.get(BASE + y + "/scenarios")).isEmpty()
                        && petra.get(BASE + y + "/decision").statusCode() == 404) {
                    return y;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no untouched year left");
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void onlyTheProjectOfficeWorksOnThePrioritization() throws Exception {
        assertProblem(Http.anonymous().get(BASE + YEAR + "/scenarios"), 401);
        assertProblem(Http.basic("anna", "demo").get(BASE + YEAR + "/scenarios"), 403);
        assertProblem(Http.basic("rolf", "demo").postJson(BASE + YEAR + "/scenarios", "{\"name\":\"X\"}"), 403);
        assertProblem(Http.basic("berit", "demo").postJson(BASE + "scenarios/1/freeze", ""), 403);
        assertProblem(Http.basic("anna", "demo").get(BASE + YEAR + "/decision"), 403);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        JsonObject noName = assertProblem(Http.basic("petra", "demo").postJson(BASE + untouchedYear() + "/scenarios",
                "{}"), 400);
        assertThat(noName.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(noName.getJsonArray("errors").getJsonObject(0).getString("message")).contains("namn");

        JsonObject badYear = assertProblem(Http.basic("petra", "demo").get(BASE + "next/scenarios"), 400);
        assertThat(badYear.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("year");
        assertProblem(Http.basic("petra", "demo").postJson(BASE + "scenarios/999999/freeze", ""), 404);
    }

    @Test
    void aYearGetsOneFrozenDecisionWhichTheCouncilReads() throws Exception {
        int year = untouchedYear();
        Http petra = Http.basic("petra", "demo");
        assertProblem(Http.basic("rolf", "demo").get(BASE + year + "/decision"), 404);

        HttpResponse<String> first = petra.postJson(BASE + year + "/scenarios", "{\"name\":\"Första\"}");
        assertThat(first.statusCode()).isEqualTo(201);
        long firstId = Http.json(first).getJsonNumber("id").longValue();
        HttpResponse<String> second = petra.postJson(BASE + year + "/scenarios", "{\"name\":\"Andra\"}");
        assertThat(second.statusCode()).isEqualTo(201);
        long secondId = Http.json(second).getJsonNumber("id").longValue();
        assertThat(Http.jsonArray(petra.get(BASE + year + "/scenarios"))).hasSize(2);

        HttpResponse<String> frozen = petra.postJson(BASE + "scenarios/" + firstId + "/freeze", "");
        assertThat(frozen.statusCode()).isEqualTo(200);
        assertThat(Http.json(frozen).getBoolean("frozen")).isTrue();

        assertProblem(petra.postJson(BASE + "scenarios/" + secondId + "/freeze", ""), 409);
        assertProblem(petra.postJson(BASE + year + "/scenarios", "{\"name\":\"Tredje\"}"), 409);
        HttpResponse<String> decision = Http.basic("rolf", "demo").get(BASE + year + "/decision");
        assertThat(decision.statusCode()).isEqualTo(200);
        assertThat(Http.json(decision).getString("name")).isEqualTo("Första");

        String audit = Http.json(Http.basic("admin", "demo").get(
                "/api/v1/admin/audit?entityType=PortfolioScenario&entityId=" + firstId + "&max=10"))
                .getJsonArray("items").toString();
        assertThat(audit).contains("SCENARIO_SAVED").contains("SCENARIO_FROZEN").contains("\"petra\"");
    }

    @Test
    void theDemoYearHasABudgetScoredItemsAndASuggestion() throws Exception {
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        JsonObject workspace = Http.json(Http.basic("petra", "demo").get(BASE + next));

        assertThat(workspace.getJsonNumber("budget").longValue()).isEqualTo(3500);
        assertThat(workspace.getJsonArray("criteria")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(workspace.getJsonNumber("selectedValue").longValue()).isPositive();
        assertThat(workspace.getJsonArray("frontier").size()).isGreaterThan(1);
        assertThat(Http.jsonArray(Http.basic("petra", "demo").get(BASE + next + "/scenarios")).toString())
                .contains("Grundförslag");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        JsonObject doc = Http.json(Http.anonymous().get("/api/openapi", "Accept", "application/json"));

        assertThat(doc.getJsonObject("paths").keySet()).contains("/api/v1/portfolio/priorities/{year}/scenarios",
                "/api/v1/portfolio/priorities/scenarios/{id}/freeze", "/api/v1/portfolio/priorities/{year}/decision");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }
}
