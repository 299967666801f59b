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
 * the decision and the mail reaches GreenMail. Adjusted minutes offer no edit control, a forged post changes
 * nothing, and a correction is drafted as a document of its own and edited on the page while a draft. axe-core checks each council screen.
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
            assertThat(download(m, m.findElement(By.cssSelector("a[id$='minutesPdf']")).getAttribute("href")))
                    .as("the PDF behind the page's link").isEqualTo("200 application/pdf %PDF-");
        }

        String adjustedBody = Http.json(Http.basic("rolf", "demo")
                .get("/api/v1/council/meetings/" + meetingId + "/minutes")).getString("body");
        try (Browser rolf = new Browser()) {
            WebDriver b = rolf.driver();
            rolf.signIn("rolf", "demo");
            rolf.open("/council/meeting.xhtml?id=" + meetingId);
            rolf.waitFor(By.id("minutesForm:minutesLocked"));
            for (String control : List.of("minutesForm:present", "minutesForm:minutesBody", "minutesForm:editAdjuster",
                    "minutesForm:saveMinutes", "minutesForm:adjustMinutes", "minutesForm:draftMinutes")) {
                assertThat(b.findElements(By.id(control))).as("no " + control + " on adjusted minutes").isEmpty();
            }
            assertThat(b.findElements(By.cssSelector("button[id$=':decide'], button[id$=':up'], button[id$=':down']")))
                    .isEmpty();
            assertThat(b.findElement(By.id("minutesText")).getText()).contains(caseNumber);
            rolf.assertAccessible();

            // A forged post: the edit form's fields put back by script and submitted as if "save" were clicked.
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("""
                    const form = document.getElementById('minutesForm');
                    for (const [name, value] of [['minutesForm:present', 'Ingen'],
                            ['minutesForm:minutesBody', 'Förfalskat i efterhand'], ['minutesForm:editAdjuster', 'maria'],
                            ['minutesForm:saveMinutes', 'minutesForm:saveMinutes']]) {
                        const input = document.createElement('input');
                        input.type = 'hidden'; input.name = name; input.value = value;
                        form.appendChild(input);
                    }
                    form.submit();""");
            rolf.waitFor(By.id("minutesForm:minutesLocked"));
            assertThat(Http.json(Http.basic("rolf", "demo").get("/api/v1/council/meetings/" + meetingId + "/minutes"))
                    .getString("body")).as("the forged post changed nothing").isEqualTo(adjustedBody);

            b.findElement(By.id("correctionsForm:draftCorrection")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#correctionsForm .field-error"),
                    "Protokollets text saknas"));
            assertThat(b.findElements(By.cssSelector("li.correction"))).as("nothing saved").isEmpty();
            b.findElement(By.id("correctionsForm:correctionBody")).sendKeys("I § 1 ska villkoret lyda: som pilot under 2027.");
            new Select(b.findElement(By.id("correctionsForm:correctionAdjuster"))).selectByValue("sven");
            b.findElement(By.id("correctionsForm:draftCorrection")).click();
            WebElement correction = wait(b).until(d -> d.findElements(By.cssSelector("li.correction")).stream()
                    .findFirst().orElse(null));
            assertThat(correction.getAttribute("data-status")).isEqualTo("DRAFT");
            assertThat(correction.getText()).contains("som pilot under 2027");
            assertThat(download(b, correction.findElement(By.cssSelector("a.correction-pdf")).getAttribute("href")))
                    .isEqualTo("200 application/pdf %PDF-");
            rolf.assertAccessible();

            // The secretary edits the draft on the page: a blank text is refused at the field, nothing lost.
            b.findElement(By.cssSelector("li.correction button.edit-correction")).click();
            wait(b).until(ExpectedConditions.presenceOfElementLocated(By.id("correctionsForm:saveCorrection")));
            assertThat(b.findElement(By.id("correctionsForm:correctionBody")).getAttribute("value"))
                    .isEqualTo("I § 1 ska villkoret lyda: som pilot under 2027.");
            assertThat(b.findElements(By.id("correctionsForm:draftCorrection"))).as("editing, not drafting").isEmpty();
            rolf.assertAccessible();
            b.findElement(By.id("correctionsForm:correctionBody")).clear();
            b.findElement(By.id("correctionsForm:saveCorrection")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#correctionsForm .field-error"),
                    "Protokollets text saknas"));
            assertThat(b.findElement(By.cssSelector("li.correction")).getText()).as("nothing lost")
                    .contains("som pilot under 2027");
            b.findElement(By.id("correctionsForm:correctionBody"))
                    .sendKeys("I § 1 ska villkoret lyda: som pilot under våren 2027.");
            new Select(b.findElement(By.id("correctionsForm:correctionAdjuster"))).selectByValue("maria");
            b.findElement(By.id("correctionsForm:saveCorrection")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.correction"),
                    "som pilot under våren 2027"));
            WebElement edited = b.findElement(By.cssSelector("li.correction"));
            assertThat(edited.getAttribute("data-status")).isEqualTo("DRAFT");
            assertThat(edited.getText()).contains("maria");
            assertThat(b.findElements(By.cssSelector("li.correction"))).as("the same draft, edited").hasSize(1);
            assertThat(b.findElements(By.id("correctionsForm:draftCorrection"))).as("back to drafting").isNotEmpty();
            rolf.assertAccessible();
        }
        assertThat(Http.json(Http.basic("rolf", "demo").get("/api/v1/council/meetings/" + meetingId + "/minutes"))
                .getString("body")).as("a correction leaves the minutes as they were").isEqualTo(adjustedBody);

        try (Browser anna = new Browser()) {
            anna.signIn("anna", "demo");
            anna.open("/intake/receipt.xhtml?case=" + caseNumber);
            WebElement decision = anna.waitFor(By.cssSelector("#timeline li[data-kind='DECISION']"));
            assertThat(decision.getText()).contains("Beviljat", "Som pilot", "§ 1");
            WebElement minutesLink = anna.waitFor(By.cssSelector("#councilRecord a.council-minutes-pdf"));
            assertThat(download(anna.driver(), minutesLink.getAttribute("href")))
                    .as("the adjusted minutes from the submitter's own page").isEqualTo("200 application/pdf %PDF-");
            anna.assertAccessible();
        }
        jakarta.mail.internet.MimeMessage mail = ReferredCases.awaitMail(SMTP, "Beslut i digitaliseringsrådet: " + caseNumber);
        assertThat(java.util.Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .contains("anna.kontakt@adalen.example");
        assertThat(String.valueOf(mail.getContent())).contains("Beviljat", "Som pilot", caseNumber);
    }

    /** Fetches a link in the signed-in browser: "status content-type first-five-bytes". */
    private static String download(WebDriver driver, String href) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer()).slice(0, 5);
                    done(r.status + ' ' + (r.headers.get('Content-Type') || '').split(';')[0] + ' '
                        + String.fromCharCode(...bytes));
                }).catch(e => done('failed ' + e));""", href));
    }

    @Test
    void beritSeesOnTheWorkbenchWhatTheCouncilAskedToComplete() throws Exception {
        String caseNumber = ReferredCases.referred("Webbläsartest: återremiss av besöksbokning");
        Http rolf = Http.basic("rolf", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        long itemId = Http.json(ReferredCases.ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(caseNumber) + "}"))).getJsonNumber("id").longValue();
        ReferredCases.ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + itemId
                + ",\"outcome\":\"RETURNED\",\"motivation\":\"Dataskyddet är inte belyst.\","
                + "\"whatToComplete\":\"Komplettera med en konsekvensbedömning (DPIA).\"}"));

        try (Browser berit = new Browser()) {
            berit.signIn("berit", "demo");
            berit.open("/beredning/case.xhtml?case=" + caseNumber);
            assertThat(berit.waitFor(By.id("councilReturnNote")).getText())
                    .isEqualTo("Komplettera med en konsekvensbedömning (DPIA).");
            assertThat(berit.driver().findElement(By.id("councilReturnRef")).getText()).contains("§ 1");
            assertThat(berit.driver().findElement(By.id("caseStatus")).getAttribute("data-status"))
                    .isEqualTo("UNDERLAG_IN_PREPARATION");
            berit.assertAccessible();
        }
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
