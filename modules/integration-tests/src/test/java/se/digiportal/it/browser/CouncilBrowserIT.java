package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.council.ReferredCases;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/**
 * The council secretary's day in Chromium: Rolf finds the case beredning referred on the "to be scheduled" list,
 * places it on a meeting, opens the agenda with the underlag link and records an approval; Anna's timeline shows
 * the decision and the mail reaches GreenMail. axe-core checks each council screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void rolfSchedulesTheReferredCaseAndRecordsTheDecision() throws Exception {
        String caseNumber = ReferredCases.referred("Webbläsartest: rådets beslut om digital signering");
        JsonObject meeting = ReferredCases.meeting(ReferredCases.farAhead());
        long meetingId = meeting.getJsonNumber("id").longValue();

        try (Browser rolf = new Browser()) {
            WebDriver b = rolf.driver();
            rolf.signIn("rolf", "demo");
            rolf.open("/council/index.xhtml");
            rolf.waitFor(By.id("toBeScheduledForm:toBeScheduled"));
            rolf.assertAccessible();

            WebElement row = row(b, caseNumber);
            new Select(row.findElement(By.tagName("select"))).selectByValue(String.valueOf(meetingId));
            row.findElement(By.cssSelector("button[id$=':place']")).click();
            wait(b).until(d -> !d.findElement(By.id("toBeScheduledForm:toBeScheduled")).getText().contains(caseNumber));
            rolf.assertAccessible();

            rolf.open("/council/meeting.xhtml?id=" + meetingId);
            rolf.waitFor(By.id("agendaForm:agenda"));
            WebElement item = row(b, caseNumber);
            assertThat(item.findElement(By.cssSelector("a.underlag-link")).getAttribute("href"))
                    .contains("/council/underlag.pdf").contains("meeting=" + meetingId);
            rolf.assertAccessible();

            b.findElement(By.id("agendaForm:sendAgenda")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agendaSent"), "skickades"));
            item = row(b, caseNumber);

            new Select(item.findElement(By.cssSelector("select[id$=':outcome']"))).selectByValue("APPROVED");
            item.findElement(By.cssSelector("textarea[id$=':motivation']"))
                    .sendKeys("Stärker rättssäkerheten i biståndshandläggningen.");
            item.findElement(By.cssSelector("input[id$=':conditions']")).sendKeys("Som pilot");
            item.findElement(By.cssSelector("button[id$=':decide']")).click();
            wait(b).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agendaForm\\:agenda .decision-outcome")));
            assertThat(b.findElement(By.cssSelector("#agendaForm\\:agenda .decision-outcome")).getText()).isEqualTo("Beviljat");
            assertThat(b.findElement(By.id("agendaForm:agenda")).getText()).contains("Som pilot");
            assertThat(b.findElements(By.cssSelector("button[id$=':decide']"))).as("decided once").isEmpty();
            rolf.assertAccessible();

            new Select(b.findElement(By.id("minutesForm:adjuster"))).selectByValue("maria");
            b.findElement(By.id("minutesForm:draftMinutes")).click();
            wait(b).until(d -> "DRAFT".equals(d.findElement(By.id("minutesStatus")).getAttribute("data-status")));
            assertThat(b.findElement(By.id("minutesForm:minutesBody")).getAttribute("value"))
                    .contains(caseNumber, "Beviljat", "Som pilot");
            assertThat(b.findElements(By.id("minutesForm:adjustMinutes"))).as("rolf is not the adjuster").isEmpty();
            rolf.assertAccessible();
        }

        try (Browser maria = new Browser()) {
            WebDriver m = maria.driver();
            maria.signIn("maria", "demo");
            maria.open("/council/meeting.xhtml?id=" + meetingId);
            maria.waitFor(By.id("minutesForm:adjustMinutes")).click();
            wait(m).until(d -> "ADJUSTED".equals(d.findElement(By.id("minutesStatus")).getAttribute("data-status")));
            assertThat(m.findElement(By.id("minutesText")).getText()).contains(caseNumber);
            assertThat(m.findElements(By.id("minutesForm:adjustMinutes"))).isEmpty();
            assertThat(m.findElement(By.cssSelector("a[id$='minutesPdf']")).getAttribute("href"))
                    .contains("/council/minutes.pdf?meeting=" + meetingId);
            maria.assertAccessible();
        }
        HttpResponse<byte[]> pdf = Http.basic("rolf", "demo")
                .getBytes("/api/v1/council/meetings/" + meetingId + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(java.util.Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");

        List<JsonObject> timeline = Http.jsonArray(Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class);
        assertThat(timeline).filteredOn(t -> t.getString("kind").equals("DECISION")).singleElement()
                .satisfies(t -> assertThat(t.getString("detail")).startsWith("Beviljat"));
        assertThat(ReferredCases.awaitMail(SMTP, "Beslut i digitaliseringsrådet: " + caseNumber)).isNotNull();
    }

    @Test
    void aMemberWhoIsNotSecretarySeesTheAgendaButNoDecisionForm() throws Exception {
        try (Browser maria = new Browser()) {
            maria.signIn("maria", "demo");
            maria.open("/council/index.xhtml");
            maria.waitFor(By.id("meetings"));
            assertThat(maria.driver().findElements(By.id("newMeetingForm"))).isEmpty();
            maria.assertAccessible();
        }
    }

    private static WebElement row(WebDriver driver, String caseNumber) {
        return wait(driver).until(d -> d.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(caseNumber)).findFirst().orElse(null));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                List<WebElement> messages = driver.findElements(By.id("messages"));
                return super.timeoutException(message + (messages.isEmpty() ? ""
                        : " | page messages: " + messages.get(0).getText()), lastException);
            }
        };
    }
}
