package se.digiportal.it.objects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.objects.application.SystemInventory;

/**
 * A system inventory round over the three systems of "Verksamhetssystem äldreomsorg": one confirmed, one
 * corrected, one silent, which is reminded once when the (injected, shifted) clock reaches the reminder date and
 * shown as missing in the completeness report. The steps run in order: the client answers over HTTP, the
 * reminder runs inside the server where the clock can be moved.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InventoryIT {

    private static final String CARE_SYSTEM = "Verksamhetssystem för äldreomsorg";
    private static final String MOBILE = "Mobil dokumentation i hemtjänsten";
    private static final String PLANNING = "Planeringsverktyg för hemtjänsten";

    /** Kept between the client-side steps, which run in the same JVM. */
    private static long roundId;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(InventoryIT.class, ShiftedClock.class, ObjectsApiIT.class);
    }

    @Inject
    SystemInventory inventory;

    @Test
    @Order(1)
    @RunAsClient
    void aRoundIsOpenedAndTheSpecialistsConfirmAndCorrect() throws Exception {
        long objectId = ObjectsApiIT.objectId("admin", ObjectsApiIT.CARE_OBJECT);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> opened = Http.basic("jonas", "demo").postJson("/api/v1/inventory/rounds",
                "{\"title\":\"Inventering äldreomsorg " + System.nanoTime() % 100_000 + "\",\"objectId\":" + objectId
                        + ",\"deadline\":\"" + today.plusDays(14) + "\",\"remindOn\":\"" + today.plusDays(7) + "\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        JsonObject round = Http.json(opened);
        roundId = round.getJsonNumber("id").longValue();
        assertThat(round.getInt("systems")).isEqualTo(3);

        assertThat(taskOf("lena", MOBILE)).isNull();
        ObjectsApiIT.assertProblem(Http.basic("lena", "demo")
                .postJson("/api/v1/inventory/tasks/" + taskOf("sara", CARE_SYSTEM) + "/confirm", ""), 403);
        ObjectsApiIT.assertProblem(Http.basic("anna", "demo").get("/api/v1/inventory/rounds"), 403);

        HttpResponse<String> confirmed = Http.basic("sara", "demo")
                .postJson("/api/v1/inventory/tasks/" + taskOf("sara", CARE_SYSTEM) + "/confirm", "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Http.json(confirmed).getString("answer")).isEqualTo("CONFIRMED");

        HttpResponse<String> corrected = Http.basic("karin", "demo")
                .postJson("/api/v1/inventory/tasks/" + taskOf("karin", MOBILE) + "/correct",
                        "{\"contractEnd\":\"2029-03-31\",\"note\":\"Avtalet är förlängt ett år.\"}");
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(Http.json(corrected).getString("answer")).isEqualTo("CORRECTED");
        JsonObject mobile = systemNamed(MOBILE);
        assertThat(mobile.getString("contractEnd")).isEqualTo("2029-03-31");

        JsonObject report = report();
        assertThat(report.getJsonObject("round").getInt("missing")).isEqualTo(1);
        assertThat(report.getJsonObject("round").isNull("reminderSentAt")).isTrue();
    }

    @Test
    @Order(2)
    void theSilentSystemIsRemindedOnceWhenTheReminderDateComes() {
        try {
            ShiftedClock.shiftBy(Duration.ofDays(8));
            assertThat(inventory.sendDueReminders()).isGreaterThanOrEqualTo(1);
            assertThat(inventory.sendDueReminders()).as("a round reminds once").isZero();
        } finally {
            ShiftedClock.shiftBy(Duration.ZERO);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCompletenessReportShowsTheSilentSystemAsMissingAndTheRoundCloses() throws Exception {
        JsonObject report = report();
        JsonObject round = report.getJsonObject("round");
        assertThat(round.getInt("confirmed")).isEqualTo(1);
        assertThat(round.getInt("corrected")).isEqualTo(1);
        assertThat(round.getInt("missing")).isEqualTo(1);
        assertThat(round.isNull("reminderSentAt")).isFalse();
        JsonObject byObject = report.getJsonArray("byObject").getJsonObject(0);
        assertThat(byObject.getString("name")).isEqualTo(ObjectsApiIT.CARE_OBJECT);
        assertThat(byObject.getJsonArray("missingSystems").getString(0)).isEqualTo(PLANNING);
        assertThat(report.getJsonArray("tasks").getValuesAs(JsonObject.class))
                .filteredOn(t -> t.getString("systemName").equals(PLANNING))
                .singleElement().satisfies(t -> {
                    assertThat(t.getBoolean("reminded")).isTrue();
                    assertThat(t.getString("answer")).isEqualTo("PENDING");
                });

        HttpResponse<String> closed = Http.basic("jonas", "demo").postJson("/api/v1/inventory/rounds/" + roundId + "/close", "");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(Http.json(closed).getJsonObject("round").isNull("closedAt")).isFalse();
        assertThat(taskOf("ahmed", PLANNING)).as("a closed round's tasks are gone from the lists").isNull();
    }

    private static JsonObject report() throws Exception {
        HttpResponse<String> response = Http.basic("jonas", "demo").get("/api/v1/inventory/rounds/" + roundId + "/report");
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response);
    }

    /** The id of the user's task for the system in this test's round, or null. */
    private static Long taskOf(String user, String system) throws Exception {
        HttpResponse<String> response = Http.basic(user, "demo").get("/api/v1/inventory/tasks");
        assertThat(response.statusCode()).isEqualTo(200);
        return array(response).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("roundId").longValue() == roundId && t.getString("systemName").equals(system))
                .map(t -> t.getJsonNumber("id").longValue()).findFirst().orElse(null);
    }

    private static JsonObject systemNamed(String name) throws Exception {
        List<JsonObject> systems = array(Http.basic("admin", "demo").get("/api/v1/systems")).getValuesAs(JsonObject.class);
        return systems.stream().filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
