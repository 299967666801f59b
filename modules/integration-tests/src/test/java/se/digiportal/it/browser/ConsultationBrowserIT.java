package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.council.ReferredCases;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * A snabbsamråd in Chromium: Rolf opens the requested samråd from the list with a deadline (a past one is refused
 * at the field), Maria objects on the page (without a text she is told so at the field) and sees her answer in the
 * list; the membership page lists the council. axe-core checks each screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationBrowserIT {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void rolfOpensTheSamradAndMariaObjectsOnThePage() throws Exception {
        String caseNumber = ReferredCases.referred("Webbläsartest: upphandling av bokningssystem för lokaler",
                "{\"routing\":\"CONSULTATION\",\"consultationMode\":\"SNABBSAMRAD\","
                        + "\"motivation\":\"IT-upphandling.\"}");
        long id = Http.jsonArray(ReferredCases.ok(Http.basic("rolf", "demo").get("/api/v1/council/consultations")))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("caseNumber").equals(caseNumber))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm"));

        try (Browser rolf = new Browser()) {
            WebDriver b = rolf.driver();
            rolf.signIn("rolf", "demo");
            rolf.open("/council/consultations.xhtml");
            rolf.waitFor(By.id("current"));
            assertThat(b.findElement(By.id("current")).getText()).contains(caseNumber, "Begärt");
            rolf.assertAccessible();

            b.findElements(By.cssSelector("#current a.consultation-link")).stream()
                    .filter(a -> a.getText().contains(caseNumber)).findFirst().orElseThrow().click();
            rolf.waitFor(By.id("openForm:deadline"));
            rolf.assertAccessible();
            b.findElement(By.id("openForm:deadline")).sendKeys(now.minusDays(1).format(FIELD));
            b.findElement(By.id("openForm:openButton")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("openForm:deadlineMessage"),
                    "kommande svarstid"));
            rolf.assertAccessible();

            b.findElement(By.id("openForm:deadline")).clear();
            b.findElement(By.id("openForm:deadline")).sendKeys(now.plusDays(3).format(FIELD));
            b.findElement(By.id("openForm:openButton")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("consultationStatus"), "Pågår"));
            rolf.assertAccessible();
        }

        try (Browser maria = new Browser()) {
            WebDriver m = maria.driver();
            maria.signIn("maria", "demo");
            maria.open("/council/consultation.xhtml?id=" + id);
            maria.waitFor(By.id("respondForm:answer"));
            maria.assertAccessible();
            m.findElement(By.cssSelector("label[for='respondForm:answer:1']")).click();
            m.findElement(By.id("respondForm:respondButton")).click();
            wait(m).until(ExpectedConditions.textToBePresentInElementLocated(By.id("respondForm:textMessage"),
                    "Skriv invändningen"));
            maria.assertAccessible();

            m.findElement(By.id("respondForm:text")).sendKeys("Lokalbokning finns redan i fastighetssystemet.");
            m.findElement(By.id("respondForm:respondButton")).click();
            wait(m).until(ExpectedConditions.textToBePresentInElementLocated(By.id("responses"), "Maria Berg"));
            assertThat(m.findElement(By.id("responses")).getText()).contains("Invänder",
                    "Lokalbokning finns redan i fastighetssystemet.");
            maria.assertAccessible();

            maria.open("/council/consultations.xhtml");
            maria.waitFor(By.id("current"));
            assertThat(m.findElement(By.id("current")).getText()).contains(caseNumber, "1 / 5", "Invänder");
            maria.assertAccessible();

            maria.open("/council/members.xhtml");
            maria.waitFor(By.id("membersForm:members"));
            assertThat(m.findElement(By.id("membersForm:members")).getText()).contains("Maria Berg", "Ordförande",
                    "Rolf Sandberg", "Sekreterare");
            assertThat(m.findElements(By.id("seatForm"))).as("only the secretary keeps the membership").isEmpty();
            maria.assertAccessible();
        }

        assertThat(Http.json(Http.basic("sven", "demo").get("/api/v1/council/consultations/" + id + "/results"))
                .getJsonArray("objections").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(o -> assertThat(o.getString("member")).isEqualTo("maria"));
    }

    @Test
    void theSecretaryKeepsTheMembershipOnThePage() throws Exception {
        try (Browser rolf = new Browser()) {
            WebDriver b = rolf.driver();
            rolf.signIn("rolf", "demo");
            rolf.open("/council/members.xhtml");
            rolf.waitFor(By.id("seatForm:seatButton"));
            rolf.assertAccessible();
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("seatForm:username"))).selectByValue("sven");
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("seatForm:function"))).selectByValue("CHAIR");
            b.findElement(By.id("seatForm:seatButton")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("seatForm"),
                    "Rådet har redan en ordförande"));
            rolf.assertAccessible();
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
