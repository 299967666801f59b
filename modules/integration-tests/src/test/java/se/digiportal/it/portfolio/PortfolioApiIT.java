package se.digiportal.it.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static se.digiportal.it.council.ReferredCases.ok;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The portfolio feeds the project office's tools read: paging with Link headers and totals, filters, ETag and 304,
 * CSV, changes since a point in time; and who may do what (401, 403, the read-only API client, 400 naming the
 * parameter). The project office's resourcing over the same API: bookings, status reports, benefits, the pilot
 * guard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioApiIT {

    private final Http petra = Http.basic("petra", "demo");
    private final Http apiClient = Http.basic("projektkontoret-api", "demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    private static String since(Instant at) {
        return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
    }

    private long itemId(String caseNumber) throws Exception {
        return Http.json(ok(petra.get("/api/v1/portfolio/cases/" + caseNumber))).getJsonObject("item")
                .getJsonNumber("id").longValue();
    }

    @Test
    void theFeedPagesFiltersAndAnswers304WhenNothingChanged() throws Exception {
        Instant start = Instant.now();
        String first = PortfolioCases.qualityAssured("Flödestest ett");
        String second = PortfolioCases.qualityAssured("Flödestest två");
        String third = PortfolioCases.qualityAssured("Flödestest tre");
        String window = "updatedSince=" + since(start);

        HttpResponse<String> page0 = apiClient.get("/api/v1/portfolio?" + window + "&page=0&size=2");
        assertThat(page0.statusCode()).as(page0.body()).isEqualTo(200);
        JsonObject body = Http.json(page0);
        assertThat(body.getInt("total")).isEqualTo(3);
        assertThat(body.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("caseNumber"))
                .containsExactly(first, second);
        assertThat(page0.headers().firstValue("X-Total-Count")).hasValue("3");
        String links = String.join(",", page0.headers().allValues("Link"));
        assertThat(links).contains("rel=\"next\"").contains("rel=\"last\"").contains("page=1").doesNotContain("rel=\"prev\"");
        JsonObject page1 = Http.json(ok(apiClient.get("/api/v1/portfolio?" + window + "&page=1&size=2")));
        assertThat(page1.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("caseNumber"))
                .containsExactly(third);

        long thirdId = itemId(third);
        ok(petra.putJson("/api/v1/portfolio/" + thirdId + "/budget/2031", "{\"investment\":250000,\"operation\":40000}"));
        HttpResponse<String> reported = petra.postJson("/api/v1/portfolio/" + thirdId + "/status-reports",
                "{\"status\":\"AMBER\",\"progress\":30,\"note\":\"Leverantören är sen.\",\"nextSteps\":\"Eskalera.\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);

        assertThat(total("/api/v1/portfolio?" + window + "&phase=IDEA")).isEqualTo(3);
        assertThat(total("/api/v1/portfolio?" + window + "&phase=DONE")).isZero();
        assertThat(total("/api/v1/portfolio?" + window + "&status=AMBER")).isEqualTo(1);
        assertThat(total("/api/v1/portfolio?" + window + "&year=2031")).isEqualTo(1);
        assertThat(total("/api/v1/portfolio?" + window + "&serviceArea=SOCIAL")).isEqualTo(3);
        assertThat(total("/api/v1/portfolio?" + window + "&serviceArea=TECHNICAL")).isZero();
        long orgUnit = Http.json(ok(petra.get("/api/v1/portfolio/" + thirdId))).getJsonObject("item")
                .getJsonNumber("orgUnitId").longValue();
        assertThat(total("/api/v1/portfolio?" + window + "&orgUnit=" + orgUnit)).isEqualTo(3);
        assertThat(total("/api/v1/portfolio?" + window + "&orgUnit=" + (orgUnit + 100_000))).isZero();

        HttpResponse<String> full = apiClient.get("/api/v1/portfolio?" + window);
        assertThat(Http.json(full).getJsonArray("items")).hasSize(3);
        assertThat(full.headers().allValues("Link")).as("the full feed is not paged").isEmpty();
        String etag = full.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = apiClient.get("/api/v1/portfolio?" + window, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        ok(petra.postJson("/api/v1/portfolio/" + thirdId + "/bookings",
                "{\"kindCode\":\"LEGAL\",\"from\":\"2031-01\",\"to\":\"2031-03\",\"hoursPerMonth\":20}"));
        HttpResponse<String> changed = apiClient.get("/api/v1/portfolio?" + window, "If-None-Match", etag);
        assertThat(changed.statusCode()).as("a booking changes the item").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        JsonObject detail = Http.json(ok(apiClient.get("/api/v1/portfolio/" + thirdId)));
        assertThat(detail.getJsonArray("budget")).hasSize(1);
        assertThat(detail.getJsonArray("bookings")).hasSize(1);
        assertThat(detail.getJsonArray("statusReports").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("status")).isEqualTo("AMBER"));
        assertThat(detail.getJsonArray("benefits")).isEmpty();
    }

    private int total(String path) throws Exception {
        return Http.json(ok(apiClient.get(path))).getInt("total");
    }

    @Test
    void theCsvIsUtf8WithBomAndNeutralisesFormulas() throws Exception {
        Instant start = Instant.now();
        String formula = PortfolioCases.qualityAssured("=1+2 Flödestest i kalkylprogram");

        HttpResponse<String> csv = apiClient.get("/api/v1/portfolio.csv?updatedSince=" + since(start), "Accept", "text/csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("Diarienummer")).isEqualTo(formula);
            assertThat(r.get("Rubrik")).isEqualTo("'=1+2 Flödestest i kalkylprogram");
            assertThat(r.get("Fas")).isEqualTo("Idé");
        });
    }

    @Test
    void changesSinceShowWhatChangedIncludingStoppedItemsAndTheGuardKeepsAPilotFromBeingDone() throws Exception {
        String stopped = PortfolioCases.qualityAssured("Ändringstest stoppas");
        String pilot = PortfolioCases.qualityAssured("Ändringstest pilot");
        long stoppedId = itemId(stopped);
        long pilotId = itemId(pilot);
        Thread.sleep(20);
        Instant mark = Instant.now();
        Thread.sleep(20);

        ok(petra.putJson("/api/v1/portfolio/" + stoppedId + "/resourcing", "{\"phase\":\"STOPPED\"}"));
        JsonObject changes = Http.json(ok(apiClient.get("/api/v1/portfolio/changes?since=" + since(mark))));
        assertThat(changes.getJsonArray("items").getValuesAs(JsonObject.class)).singleElement().satisfies(i -> {
            assertThat(i.getString("caseNumber")).isEqualTo(stopped);
            assertThat(i.getString("phase")).isEqualTo("STOPPED");
        });
        assertThat(petra.putJson("/api/v1/portfolio/" + stoppedId + "/budget/2031", "{\"investment\":1,\"operation\":1}")
                .statusCode()).as("a stopped item is no longer resourced").isEqualTo(409);

        HttpResponse<String> early = petra.putJson("/api/v1/portfolio/" + pilotId + "/resourcing", "{\"phase\":\"DONE\"}");
        assertThat(early.statusCode()).as("a pilot is evaluated before it is done").isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        ok(petra.putJson("/api/v1/portfolio/" + pilotId + "/pilot-evaluation",
                "{\"learned\":\"Fungerar i hemtjänsten Norra.\",\"decision\":\"SCALE_UP\"}"));
        ok(petra.putJson("/api/v1/portfolio/" + pilotId + "/resourcing", "{\"phase\":\"DONE\"}"));

        HttpResponse<String> benefit = petra.postJson("/api/v1/portfolio/" + pilotId + "/benefits", "{\"description\":"
                + "\"Kortare handläggningstid\",\"stakeholder\":\"Biståndshandläggare\",\"type\":\"QUALITY\","
                + "\"indicator\":\"Handläggningstid (dagar)\",\"baseline\":14,\"target\":5,\"owner\":\"Olle Strand\"}");
        assertThat(benefit.statusCode()).as("benefits are followed up after the item is done: " + benefit.body())
                .isEqualTo(201);
        long benefitId = Http.json(benefit).getJsonArray("benefits").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> measured = petra.postJson("/api/v1/portfolio/" + pilotId + "/benefits/" + benefitId
                + "/measurements", "{\"measuredOn\":\"2031-06-30\",\"value\":9.5}");
        assertThat(measured.statusCode()).as(measured.body()).isEqualTo(201);
        assertThat(Http.json(measured).getJsonArray("benefits").getJsonObject(0).getJsonArray("measurements")
                .getJsonObject(0).getJsonNumber("value").doubleValue()).isEqualTo(9.5);

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo").get("/api/v1/admin/audit?entityType="
                + "PortfolioItem&entityId=" + pilotId + "&max=20")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action")).contains("ENTERED_PORTFOLIO", "PILOT_EVALUATED",
                "RESOURCED", "BENEFIT_ADDED", "BENEFIT_MEASURED");
        assertThat(audit).filteredOn(e -> e.getString("action").equals("PILOT_EVALUATED"))
                .allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("petra"));
    }

    @Test
    void onlyTheProjectOfficeAndTheReadOnlyApiClientReadTheFeedsAndOnlyTheProjectOfficeChangesThem() throws Exception {
        String caseNumber = PortfolioCases.qualityAssured("Behörighetstest");
        long id = itemId(caseNumber);

        HttpResponse<String> anonymous = Http.anonymous().get("/api/v1/portfolio");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(Http.anonymous().get("/api/v1/portfolio.csv", "Accept", "text/csv").statusCode()).isEqualTo(401);
        for (String user : List.of("anna", "berit", "rolf")) {
            assertThat(Http.basic(user, "demo").get("/api/v1/portfolio").statusCode()).as(user).isEqualTo(403);
            assertThat(Http.basic(user, "demo").get("/api/v1/portfolio/" + id).statusCode()).as(user).isEqualTo(403);
        }

        assertThat(apiClient.get("/api/v1/portfolio/" + id).statusCode()).isEqualTo(200);
        assertThat(apiClient.get("/api/v1/portfolio/changes?since=2026-01-01").statusCode()).isEqualTo(200);
        assertThat(apiClient.putJson("/api/v1/portfolio/" + id + "/resourcing", "{\"phase\":\"PLANNED\"}").statusCode())
                .as("the API client only reads").isEqualTo(403);
        assertThat(apiClient.postJson("/api/v1/portfolio/" + id + "/status-reports",
                "{\"status\":\"GREEN\",\"progress\":1,\"note\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(apiClient.putJson("/api/v1/portfolio/" + id + "/budget/2031", "{\"investment\":1,\"operation\":1}")
                .statusCode()).isEqualTo(403);
        assertThat(apiClient.delete("/api/v1/portfolio/" + id + "/budget/2031").statusCode()).isEqualTo(403);

        assertProblemNames(apiClient.get("/api/v1/portfolio?status=PURPLE"), "status");
        assertProblemNames(apiClient.get("/api/v1/portfolio?phase=SOMEDAY"), "phase");
        assertProblemNames(apiClient.get("/api/v1/portfolio?year=tjugo"), "year");
        assertProblemNames(apiClient.get("/api/v1/portfolio?orgUnit=ett"), "orgUnit");
        assertProblemNames(apiClient.get("/api/v1/portfolio?updatedSince=igår"), "updatedSince");
        assertProblemNames(apiClient.get("/api/v1/portfolio?page=-1&size=10"), "page");
        assertProblemNames(apiClient.get("/api/v1/portfolio?size=5000"), "size");
        assertProblemNames(apiClient.get("/api/v1/portfolio.csv?status=PURPLE", "Accept", "text/csv"), "status");
        assertProblemNames(apiClient.get("/api/v1/portfolio/changes"), "since");
        assertProblemNames(petra.postJson("/api/v1/portfolio/" + id + "/status-reports",
                "{\"status\":\"GREEN\",\"progress\":140,\"note\":\"\"}"), "progress", "note");
        assertProblemNames(petra.postJson("/api/v1/portfolio/" + id + "/bookings",
                "{\"kindCode\":\"ASTRONAUT\",\"from\":\"2031-05\",\"to\":\"2031-01\",\"hoursPerMonth\":10}"),
                "kindCode", "to");
        assertThat(Http.json(ok(petra.get("/api/v1/portfolio/" + id))).getJsonArray("bookings"))
                .as("nothing half-saved").isEmpty();
        assertThat(petra.get("/api/v1/portfolio/999999999").statusCode()).isEqualTo(404);

        for (String page : List.of("/portfolio/item.xhtml?id=" + id, "/portfolio/capacity.xhtml")) {
            assertThat(Http.signedIn("anna", "demo").get(page).statusCode()).as("anna on " + page).isEqualTo(403);
            assertThat(Http.signedIn("projektkontoret-api", "demo").get(page).statusCode())
                    .as("the API client has no pages").isEqualTo(403);
            HttpResponse<String> read = Http.signedIn("berit", "demo").get(page);
            assertThat(read.statusCode()).as("berit reads " + page).isEqualTo(200);
            assertThat(read.body()).as("but edits nothing").doesNotContain("tabs:bookingForm:book\"")
                    .doesNotContain("capacityForm:setCapacity");
        }
        HttpResponse<String> editor = Http.signedIn("petra", "demo").get("/portfolio/item.xhtml?id=" + id);
        assertThat(editor.body()).contains("tabs:bookingForm:book\"", caseNumber);
    }

    @Test
    void theFeedsAreInTheOpenApiDocumentWithExamples() throws Exception {
        JsonObject paths = Http.json(ok(Http.anonymous().get("/api/openapi", "Accept", "application/json")))
                .getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/portfolio", "/api/v1/portfolio/{id}", "/api/v1/portfolio.csv",
                "/api/v1/portfolio/changes");
        assertThat(paths.getJsonObject("/api/v1/portfolio").toString()).contains("examples", "DIGI-2026-0042",
                "If-None-Match");
    }

    private static void assertProblemNames(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/problem+json"));
        assertThat(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(fields);
    }
}
