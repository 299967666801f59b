package se.digiportal.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/** Attachments over HTTP: accepted by content, refused with a clear Swedish error, and then nothing stored. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeAttachmentIT {

    private static final byte[] PDF = "%PDF-1.4\n% en liten bilaga\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    /** Where the server keeps attachments: its data directory, outside the web root. */
    private static final Path STORE = Path.of(System.getProperty("jboss.home"), "standalone", "data",
            "digiportal-attachments");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    private static long draft(Http http) throws Exception {
        HttpResponse<String> created = http.postJson("/api/v1/drafts",
                "{\"title\":\"Bilagetest\",\"need\":\"Ett behov\",\"serviceArea\":\"SOCIAL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> attach(Http http, long draft, String name, byte[] content) throws Exception {
        return http.postBytes("/api/v1/drafts/" + draft + "/attachments?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), content, "application/octet-stream");
    }

    private static long storedFiles() throws Exception {
        if (!Files.isDirectory(STORE)) {
            return 0;
        }
        try (var files = Files.list(STORE)) {
            return files.count();
        }
    }

    private static String refusal(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject error = Http.json(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("file");
        return error.getString("message");
    }

    @Test
    void aPdfIsAttachedAndStoredOutsideTheWebRoot() throws Exception {
        Http anna = Http.basic("anna", "demo");
        long draft = draft(anna);
        long before = storedFiles();

        HttpResponse<String> response = attach(anna, draft, "behovsanalys.pdf", PDF);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Http.json(response).getString("contentType")).isEqualTo("application/pdf");
        assertThat(storedFiles()).isEqualTo(before + 1);
        assertThat(anna.get("/api/v1/drafts/" + draft + "/attachments").body()).contains("behovsanalys.pdf");
    }

    @Test
    void refusedFilesGetASwedishErrorAndLeaveNothingBehind() throws Exception {
        Http anna = Http.basic("anna", "demo");
        long draft = draft(anna);
        long before = storedFiles();
        byte[] oversize = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversize, 0, PDF.length);

        assertThat(refusal(attach(anna, draft, "stor.pdf", oversize))).isEqualTo("Filen är för stor för att bifogas.");
        assertThat(refusal(attach(anna, draft, "rapport.pdf", PNG))).startsWith("Filens innehåll stämmer inte");
        assertThat(refusal(attach(anna, draft, "../../standalone/deployments/x.pdf", PDF)))
                .startsWith("Filnamnet är inte tillåtet");

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(anna.get("/api/v1/drafts/" + draft + "/attachments").body()).isEqualTo("[]");
    }

    @Test
    void nobodyAttachesToSomeoneElsesDraft() throws Exception {
        long draft = draft(Http.basic("anna", "demo"));

        assertThat(attach(Http.basic("erik", "demo"), draft, "x.pdf", PDF).statusCode()).isEqualTo(404);
        assertThat(Http.basic("erik", "demo").get("/api/v1/drafts/" + draft + "/attachments").statusCode())
                .isEqualTo(404);
    }
}
