package se.digiportal.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
import se.digiportal.it.support.Submissions;

/** The intake API's contract over HTTP: submit, idempotency, concurrency, validation, roles, visibility. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    private static String body(String tag) {
        return Submissions.json("Digital signering av biståndsbeslut " + tag);
    }

    @Test
    void aSubmittedCaseGetsANumberCriteriaAReceiptAndALocation() throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").postJson("/api/v1/initiatives", body("A"),
                "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject created = Http.json(response);
        String caseNumber = created.getString("caseNumber");
        assertThat(caseNumber).matches("DIGI-\\d{4}-\\d{4}");
        assertThat(created.getString("status")).isEqualTo("SUBMITTED");
        assertThat(created.getString("submittedAt")).endsWith("Z");
        assertThat(created.getString("orgUnit")).isEqualTo("SOC-ALD");
        assertThat(created.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code"))
                .containsExactly("SHARED_RESOURCES_OVER_40H", "TOTAL_OVER_500H", "NEW_INTEGRATIONS", "SEVERAL_UNITS");
        assertThat(created.getJsonArray("criteria").getJsonObject(1).getString("explanation"))
                .contains("650 timmar");
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/initiatives/" + caseNumber);

        HttpResponse<String> read = Http.basic("anna", "demo").get("/api/v1/initiatives/" + caseNumber);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).getString("title")).isEqualTo("Digital signering av biståndsbeslut A");
        assertThat(Http.json(read).getJsonObject("sharedResourceHours").getInt("LEGAL")).isEqualTo(10);

        MimeMessage receipt = awaitMail("Kvittens: " + caseNumber);
        assertThat(Arrays.stream(receipt.getAllRecipients()).map(Object::toString))
                .contains("anna.kontakt@adalen.example", "anna.lindqvist@adalen.example");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) receipt.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains(caseNumber).contains("Uppfyllda kriterier");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("kvittens-" + caseNumber + ".pdf");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
    }

    @Test
    void theReceiptPdfHoldsTheWholeCaseForThoseWhoMayReadIt() throws Exception {
        String caseNumber = Http.json(Http.basic("anna", "demo").postJson("/api/v1/initiatives", body("PDF"),
                "Idempotency-Key", UUID.randomUUID().toString())).getString("caseNumber");

        HttpResponse<byte[]> pdf = Http.basic("anna", "demo").getBytes("/api/v1/initiatives/" + caseNumber + "/receipt.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf.body());
        assertThat(text).contains(caseNumber).contains("Digital signering av biståndsbeslut PDF")
                .contains("Olle Strand").contains("650 timmar");
        assertThat(Http.basic("erik", "demo").getBytes("/api/v1/initiatives/" + caseNumber + "/receipt.pdf")
                .statusCode()).isEqualTo(404);
    }

    static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theSameIdempotencyKeyTwiceYieldsOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        Http anna = Http.basic("anna", "demo");

        // Titles unique per run: the test database may outlive one build.
        String tag = "B " + key;
        HttpResponse<String> first = anna.postJson("/api/v1/initiatives", body(tag), "Idempotency-Key", key);
        HttpResponse<String> second = anna.postJson("/api/v1/initiatives", body(tag), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        String caseNumber = Http.json(first).getString("caseNumber");
        assertThat(Http.json(second).getString("caseNumber")).isEqualTo(caseNumber);
        assertThat(titlesOfMine(anna)).filteredOn(("Digital signering av biståndsbeslut " + tag)::equals).hasSize(1);
    }

    @Test
    void racingRequestsWithOneKeyStillYieldOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        Http anna = Http.basic("anna", "demo");
        List<Callable<HttpResponse<String>>> work = new ArrayList<>();
        String tag = "C " + key;
        IntStream.range(0, 8).forEach(i -> work.add(() ->
                anna.postJson("/api/v1/initiatives", body(tag), "Idempotency-Key", key)));

        List<String> numbers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<HttpResponse<String>> f : pool.invokeAll(work)) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
                numbers.add(Http.json(f.get()).getString("caseNumber"));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).containsOnly(numbers.get(0));
        assertThat(titlesOfMine(anna)).filteredOn(("Digital signering av biståndsbeslut " + tag)::equals).hasSize(1);
    }

    @Test
    void fiftyConcurrentSubmitsGetFiftyDistinctGaplessCaseNumbers() throws Exception {
        Http anna = Http.basic("anna", "demo");
        List<Callable<HttpResponse<String>>> work = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> work.add(() ->
                anna.postJson("/api/v1/initiatives", body("P" + i), "Idempotency-Key", UUID.randomUUID().toString())));

        List<Integer> sequences = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (Future<HttpResponse<String>> f : pool.invokeAll(work)) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
                String number = Http.json(f.get()).getString("caseNumber");
                sequences.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> sorted = sequences.stream().sorted().toList();
        assertThat(sorted).doesNotHaveDuplicates().hasSize(50);
        assertThat(sorted.get(49) - sorted.get(0)).isEqualTo(49);
    }

    @Test
    void invalidFieldsAreEachNamedInAProblem() throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").postJson("/api/v1/initiatives",
                "{\"title\":\"\",\"beneficiaries\":[\"ALIENS\"],\"serviceArea\":\"SPACE\",\"desiredStart\":\"snart\","
                        + "\"estimatedTotalHours\":-3,\"contact\":{\"name\":\"A\",\"email\":\"ingen-adress\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("title", "need", "serviceArea", "beneficiaries", "desiredStart", "estimatedTotalHours",
                        "contact.email", "responsibleDirector", "financingClear");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("field").equals("title")).extracting(e -> e.getString("message"))
                .containsExactly("Fältet måste fyllas i.");
    }

    @Test
    void withoutCredentials401AndWithoutTheRole403() throws Exception {
        HttpResponse<String> anonymous = Http.anonymous().postJson("/api/v1/initiatives", body("X"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

        HttpResponse<String> projectOffice = Http.basic("petra", "demo").postJson("/api/v1/initiatives", body("X"));
        assertThat(projectOffice.statusCode()).isEqualTo(403);
        assertThat(Http.json(projectOffice).getInt("status")).isEqualTo(403);
        assertThat(Http.basic("petra", "demo").get("/api/v1/initiatives/DIGI-2026-0001").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherDepartmentsSubmitterGets404ButTheUnitContactAndTheBeredningsgruppRead() throws Exception {
        String caseNumber = Http.json(Http.basic("anna", "demo").postJson("/api/v1/initiatives", body("D"),
                "Idempotency-Key", UUID.randomUUID().toString())).getString("caseNumber");

        HttpResponse<String> erik = Http.basic("erik", "demo").get("/api/v1/initiatives/" + caseNumber);
        assertThat(erik.statusCode()).isEqualTo(404);
        assertThat(Http.json(erik).getInt("status")).isEqualTo(404);
        assertThat(Http.basic("karin", "demo").get("/api/v1/initiatives/" + caseNumber).statusCode()).isEqualTo(200);
        assertThat(Http.basic("berit", "demo").get("/api/v1/initiatives/" + caseNumber).statusCode()).isEqualTo(200);
        assertThat(Http.basic("anna", "demo").get("/api/v1/initiatives/DIGI-2026-9999").statusCode()).isEqualTo(404);
        assertThat(Http.basic("anna", "demo").get("/api/v1/initiatives/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void mineListsOwnDraftsAndCasesButNeverSomeoneElsesDrafts() throws Exception {
        List<String> annas = titlesOfMine(Http.basic("anna", "demo"));
        List<String> eriks = titlesOfMine(Http.basic("erik", "demo"));
        List<String> karins = titlesOfMine(Http.basic("karin", "demo"));

        assertThat(annas).contains("Digital nyckelhantering i hemtjänsten");
        assertThat(eriks).doesNotContain("Digital nyckelhantering i hemtjänsten", "Digital signering av biståndsbeslut");
        // The förvaltning's contact person sees Anna's submitted case, never her drafts.
        assertThat(karins).contains("Digital signering av biståndsbeslut")
                .doesNotContain("Digital nyckelhantering i hemtjänsten");
    }

    @Test
    void criteriaAreEvaluatedWithoutSavingAnything() throws Exception {
        Http anna = Http.basic("anna", "demo");
        int before = titlesOfMine(anna).size();

        JsonObject over = Http.json(anna.postJson("/api/v1/criteria/evaluate",
                "{\"estimatedTotalHours\":501,\"sharedResourceHours\":{\"LEGAL\":41},\"financingClear\":true}"));
        JsonObject boundary = Http.json(anna.postJson("/api/v1/criteria/evaluate",
                "{\"estimatedTotalHours\":500,\"sharedResourceHours\":{\"LEGAL\":40},\"financingClear\":true}"));

        assertThat(over.getJsonArray("criteria").getValuesAs(JsonObject.class)).extracting(c -> c.getString("code"))
                .containsExactly("SHARED_RESOURCES_OVER_40H", "TOTAL_OVER_500H");
        assertThat(over.getBoolean("noneMet")).isFalse();
        assertThat(boundary.getJsonArray("criteria")).isEmpty();
        assertThat(boundary.getBoolean("noneMet")).isTrue();
        assertThat(boundary.getString("guidance")).contains("IT-projektkontoret").contains("Förvaltningsledare");
        assertThat(titlesOfMine(anna)).hasSize(before);
    }

    @Test
    void theSubmitterWithdrawsWithAReasonAndTheTimelineTellsBothSteps() throws Exception {
        Http anna = Http.basic("anna", "demo");
        String caseNumber = Http.json(anna.postJson("/api/v1/initiatives", body("W"),
                "Idempotency-Key", UUID.randomUUID().toString())).getString("caseNumber");
        String path = "/api/v1/initiatives/" + caseNumber;

        assertThat(Http.basic("erik", "demo").postJson(path + "/withdraw", "{\"reason\":\"Inte mitt\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> noReason = anna.postJson(path + "/withdraw", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Http.json(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");

        HttpResponse<String> withdrawn = anna.postJson(path + "/withdraw", "{\"reason\":\"Löses inom befintligt system\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Http.json(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(anna.postJson(path + "/withdraw", "{\"reason\":\"igen\"}").statusCode()).isEqualTo(409);

        HttpResponse<String> timeline = Http.basic("karin", "demo").get(path + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(timeline.body()))) {
            var entries = reader.readArray().getValuesAs(JsonObject.class);
            assertThat(entries).extracting(e -> e.getString("kind")).containsExactly("SUBMITTED", "WITHDRAWN");
            assertThat(entries.get(1).getString("detail")).contains("Löses inom befintligt system");
        }
        assertThat(Http.basic("erik", "demo").get(path + "/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void similarInitiativesFindTheRelatedCaseAndNotTheUnrelatedOne() throws Exception {
        Http erik = Http.basic("erik", "demo");

        HttpResponse<String> related = erik.postJson("/api/v1/initiatives/similar",
                "{\"title\":\"Digitala trygghetslarm för brukare\","
                        + "\"need\":\"Analoga trygghetslarm slutar fungera när telenätet byts ut och larm faller bort.\"}");
        HttpResponse<String> noise = erik.postJson("/api/v1/initiatives/similar",
                "{\"title\":\"Kvantdator\",\"need\":\"Flygande bilar och raketbränsle.\"}");

        assertThat(related.statusCode()).as(related.body()).isEqualTo(200);
        List<String> found = cases(related);
        // Karin's trygghetslarm (another förvaltning than Erik's) is found; the school network is not.
        assertThat(found).contains("DIGI-2026-0004").doesNotContain("DIGI-2026-0006").hasSizeLessThanOrEqualTo(5);
        assertThat(cases(noise)).isEmpty();
    }

    private static List<String> cases(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(o -> o.getString("caseNumber")).toList();
        }
    }

    private static List<String> titlesOfMine(Http http) throws Exception {
        HttpResponse<String> response = http.get("/api/v1/initiatives?mine=true");
        assertThat(response.statusCode()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> o.get("title")).map(v -> ((JsonString) v).getString()).toList();
        }
    }

    private static MimeMessage awaitMail(String subjectPrefix) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().startsWith(subjectPrefix)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail with subject " + subjectPrefix);
    }
}
