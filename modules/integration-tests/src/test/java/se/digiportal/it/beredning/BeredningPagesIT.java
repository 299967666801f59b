package se.digiportal.it.beredning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

/** The beredning pages as doors: every one is closed to a submitter, and the queue exports what it shows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeredningPagesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    /** Every page of the beredning folder, found in the web module's sources so a new page is covered too. */
    static List<String> pages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "web", "src", "main", "webapp", "beredning"))) {
            return files.map(f -> "/beredning/" + f.getFileName()).filter(p -> p.endsWith(".xhtml")).sorted().toList();
        }
    }

    @Test
    void aSubmitterIsForbiddenEveryBeredningPage() throws Exception {
        List<String> pages = pages();
        assertThat(pages).contains("/beredning/index.xhtml", "/beredning/case.xhtml");
        Http anna = Http.signedIn("anna", "demo");
        Http petra = Http.signedIn("petra", "demo");
        for (String page : pages) {
            assertThat(anna.get(page).statusCode()).as("anna on " + page).isEqualTo(403);
            assertThat(petra.get(page).statusCode()).as("petra on " + page).isEqualTo(403);
        }
        assertThat(Http.signedIn("berit", "demo").get("/beredning/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void theQueueExportsItsFilteredRowsAsCsv() throws Exception {
        String caseNumber = BeredningApiIT.submitAsAnna("export");
        Http berit = Http.signedIn("berit", "demo");
        HttpResponse<String> page = berit.get("/beredning/index.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("the queue page carries a view state").isTrue();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("queueForm", "queueForm");
        form.put("queueForm:text", caseNumber);
        form.put("queueForm:status", "NEW");
        form.put("queueForm:exportCsv", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> csv = berit.postForm("/beredning/index.xhtml", form);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertThat(rows.get(0).toList()).contains("Diarienummer", "Rubrik", "Status");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).contains(caseNumber);
    }

    @Test
    void theApiExportNeutralisesFormulasAndNeedsThePreparerRole() throws Exception {
        HttpResponse<String> submitted = Http.basic("anna", "demo").postJson("/api/v1/initiatives",
                se.digiportal.it.support.Submissions.json("=2+3 formel i rubriken"),
                "Idempotency-Key", java.util.UUID.randomUUID().toString());
        String caseNumber = Http.json(submitted).getString("caseNumber");
        HttpResponse<String> csv = Http.basic("berit", "demo").get("/api/v1/beredning/queue.csv?q=" + caseNumber,
                "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("'=2+3 formel i rubriken");
        assertThat(Http.basic("anna", "demo").get("/api/v1/beredning/queue.csv", "Accept", "text/csv").statusCode())
                .isEqualTo(403);
    }
}
