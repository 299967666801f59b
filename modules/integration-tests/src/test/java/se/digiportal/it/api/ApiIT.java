package se.digiportal.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/** The REST contract of the foundation: health, authentication, roles, problem+json, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getString("status")).isEqualTo("UP");
        assertThat(Http.anonymous().get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsAProtectedEndpointAnswers401WithAChallenge() throws Exception {
        for (String path : new String[] {"/api/v1/me", "/api/v1/org-units", "/api/v1/admin/settings"}) {
            HttpResponse<String> response = Http.anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
            assertProblem(response, 401);
        }
    }

    @Test
    void wrongPasswordAnswers401() throws Exception {
        assertThat(Http.basic("anna", "fel").get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void basicCredentialsIdentifyTheCaller() throws Exception {
        JsonObject me = Http.json(Http.basic("anna", "demo").get("/api/v1/me"));

        assertThat(me.getString("username")).isEqualTo("anna");
        assertThat(me.getString("orgUnitName")).isEqualTo("Äldreomsorgen");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("SUBMITTER");
    }

    @Test
    void theWrongRoleAnswers403() throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").get("/api/v1/admin/settings");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
        assertThat(Http.basic("admin", "demo").get("/api/v1/admin/settings").statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedJsonBodyAnswers400ProblemNever500() throws Exception {
        HttpResponse<String> response = Http.basic("admin", "demo").postJson("/api/v1/org-units", "{\"code\": \"X\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.digiportal");
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() throws Exception {
        HttpResponse<String> response = Http.basic("admin", "demo")
                .postJson("/api/v1/org-units", "{\"code\":\"bad code\",\"name\":\"\",\"kind\":\"FORVALTNING\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = assertProblem(response, 400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("code", "name");
        assertThat(problem.getString("title")).isEqualTo("Ogiltiga uppgifter");
    }

    @Test
    void problemsSpeakEnglishOnRequest() throws Exception {
        HttpResponse<String> response = Http.anonymous().get("/api/v1/me", "Accept-Language", "en");
        assertThat(Http.json(response).getString("title")).isEqualTo("Authentication required");
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        HttpResponse<String> response = Http.basic("admin", "demo")
                .postJson("/api/v1/org-units", "{\"code\":\"SOC\",\"name\":\"Dubblett\",\"kind\":\"FORVALTNING\"}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertProblem(response, 409);
    }

    @Test
    void anAdministratorCreatesAnOrgUnit() throws Exception {
        String code = "API-" + System.nanoTime() % 100_000;
        HttpResponse<String> response = Http.basic("admin", "demo")
                .postJson("/api/v1/org-units", "{\"code\":\"" + code + "\",\"name\":\"Servicecenter\",\"kind\":\"FORVALTNING\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).get().asString().contains("/api/v1/org-units/");
        assertThat(Http.json(response).getString("code")).isEqualTo(code);
    }

    @Test
    void timesAreIsoTextInUtc() throws Exception {
        Http admin = Http.basic("admin", "demo");
        admin.putJson("/api/v1/admin/settings/PARKING_DELAY_WORKING_DAYS", "{\"value\":\"5\"}");

        JsonObject page = Http.json(admin.get("/api/v1/admin/audit?entityType=Setting&max=1"));

        String occurredAt = page.getJsonArray("items").getJsonObject(0).getString("occurredAt");
        assertThat(occurredAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404);
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> response = Http.anonymous().get("/api/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject doc = Http.json(response);
        assertThat(doc.getString("openapi")).startsWith("3.");
        assertThat(doc.getJsonObject("paths").keySet()).contains("/api/health", "/api/v1/org-units");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.containsKey("correlationId")).isTrue();
        return problem;
    }
}
