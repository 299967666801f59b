package se.digiportal.it.beredning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.beredning.application.FollowUp;
import se.digiportal.beredning.application.Views.FollowUpResult;
import se.digiportal.it.objects.ShiftedClock;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * Remind once, then park (seed 000), with the kernel's clock moved forward inside the server: a case nobody
 * answers is reminded exactly once and then parked; a case answered after the reminder is not parked; and two
 * follow-up runs at the same instant against the same database remind once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpIT {

    /** Shared between the client-side steps of this class (one JVM): the two cases. */
    static String silent;
    static String answering;

    @Inject
    FollowUp followUp;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(FollowUpIT.class, ShiftedClock.class, BeredningApiIT.class);
    }

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/DigiportalDS")
    javax.sql.DataSource database;

    @Test
    @Order(0)
    void theFollowUpIsAPersistentTimerInTheSharedDatabase() throws Exception {
        List<String> timers = new java.util.ArrayList<>();
        try (var connection = database.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT * FROM JBOSS_EJB_TIMER")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rows.getMetaData().getColumnName(i)).append('=').append(rows.getString(i)).append(' ');
                }
                timers.add(row.toString());
            }
        }
        assertThat(timers).as("the database timer store holds the follow-up, so a cluster runs it once")
                .anySatisfy(t -> assertThat(t).contains("FollowUpTimer").contains("*/15"));
    }

    @Test
    @Order(1)
    @RunAsClient
    void twoCasesAwaitCompletionUntilTomorrow() throws Exception {
        silent = BeredningApiIT.submitAsAnna("tyst");
        answering = BeredningApiIT.submitAsAnna("svarar");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
        Http berit = Http.basic("berit", "demo");
        for (String c : List.of(silent, answering)) {
            berit.postJson("/api/v1/beredning/cases/" + c + "/assignment", "{}");
            HttpResponse<String> r = berit.postJson("/api/v1/beredning/cases/" + c + "/completion-requests",
                    "{\"whatToComplete\":\"Beskriv driftkostnaden.\",\"deadline\":\"" + tomorrow + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(Http.json(r).getString("status")).isEqualTo("AWAITING_COMPLETION");
        }
    }

    @Test
    @Order(2)
    void twoRunsAtTheSameInstantRemindEachCaseOnce() throws Exception {
        try {
            ShiftedClock.shiftBy(Duration.ofDays(3));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<FollowUpResult> run = () -> followUp.run();
                List<Future<FollowUpResult>> runs = pool.invokeAll(List.of(run, run));
                int reminded = 0;
                for (Future<FollowUpResult> f : runs) {
                    reminded += f.get().reminded();
                    assertThat(f.get().parked()).isZero();
                }
                // Other test classes' requests may be due too; ours are two of them, each reminded by one run.
                assertThat(reminded).isGreaterThanOrEqualTo(2);
            } finally {
                pool.shutdown();
            }
            assertThat(followUp.run().reminded()).as("a reminded request is not reminded again").isZero();
        } finally {
            ShiftedClock.shiftBy(Duration.ZERO);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theRemindedCasesHaveOneReminderEachAndTheAnswerWakesOne() throws Exception {
        assertThat(kinds(silent)).filteredOn("REMINDED"::equals).hasSize(1);
        assertThat(kinds(answering)).filteredOn("REMINDED"::equals).hasSize(1);
        JsonObject request = Http.json(Http.basic("berit", "demo").get("/api/v1/beredning/cases/" + silent))
                .getJsonArray("completions").getJsonObject(0);
        assertThat(request.getString("state")).isEqualTo("REMINDED");

        HttpResponse<String> answer = Http.basic("anna", "demo").postJson(
                "/api/v1/initiatives/" + answering + "/completion",
                "{\"answer\":\"Driften kostar 40 000 kr per år och tas av verksamheten.\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.json(Http.basic("berit", "demo").get("/api/v1/beredning/cases/" + answering))
                .getString("status")).isEqualTo("IN_PREPARATION");
    }

    @Test
    @Order(4)
    void whenTheNewDeadlinePassesTheSilentCaseIsParkedOnce() {
        try {
            // Three days plus the five working days of the reminder, with a weekend or a holiday to spare.
            ShiftedClock.shiftBy(Duration.ofDays(3 + 12));
            assertThat(followUp.run().parked()).isGreaterThanOrEqualTo(1);
            FollowUpResult again = followUp.run();
            assertThat(again.parked()).as("a parked case is not parked again").isZero();
            assertThat(again.reminded()).isZero();
        } finally {
            ShiftedClock.shiftBy(Duration.ZERO);
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void theSubmitterSeesOneReminderThenParkedAndTheAnsweredCaseIsNotParked() throws Exception {
        List<String> silentKinds = kinds(silent);
        assertThat(silentKinds).containsSubsequence("COMPLETION_REQUESTED", "REMINDED", "PARKED");
        assertThat(silentKinds).filteredOn("REMINDED"::equals).hasSize(1);
        assertThat(silentKinds).filteredOn("PARKED"::equals).hasSize(1);
        assertThat(Http.json(Http.basic("berit", "demo").get("/api/v1/beredning/cases/" + silent))
                .getString("status")).isEqualTo("PARKED");

        List<String> answeredKinds = kinds(answering);
        // The reminder went out on the moved clock, the answer on today's: compare contents, not order.
        assertThat(answeredKinds).contains("COMPLETION_REQUESTED", "REMINDED", "COMPLETED");
        assertThat(answeredKinds).doesNotContain("PARKED");

        HttpResponse<String> resumed = Http.basic("berit", "demo")
                .postJson("/api/v1/beredning/cases/" + silent + "/resume", "");
        assertThat(Http.json(resumed).getString("status")).as("a beredare wakes a parked case").isEqualTo("IN_PREPARATION");
    }

    private static List<String> kinds(String caseNumber) throws Exception {
        HttpResponse<String> r = Http.basic("anna", "demo").get("/api/v1/initiatives/" + caseNumber + "/timeline");
        assertThat(r.statusCode()).isEqualTo(200);
        return Http.jsonArray(r).getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("kind")).toList();
    }
}
