package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digiportal.it.support.Smtp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The beredningsgrupp's day in Chromium: Berit filters the queue, takes Anna's case, works through the checklist
 * and asks for a completion; Anna completes; Berit books the case on the next meeting (the invitation with its
 * .ics reaches GreenMail), sends recommendations and refers the case to the council with a published underlag.
 * Anna's timeline shows each step, and axe-core checks every screen on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeredningBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    static final String COLLEAGUE = "kollega.hemtjanst@adalen.example";

    static final String TITLE = "Webbläsartest: digital nyckelhantering i hemtjänsten";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void beritPreparesAnnasCaseAndAnnaFollowsItOnHerTimeline() throws Exception {
        String caseNumber = submitAsAnna();
        try (Browser berit = new Browser(); Browser anna = new Browser()) {
            WebDriver b = berit.driver();
            berit.signIn("berit", "demo");
            berit.open("/beredning/index.xhtml");
            berit.waitFor(By.id("queueForm:cases"));
            berit.assertAccessible();

            b.findElement(By.id("queueForm:text")).sendKeys(caseNumber);
            b.findElement(By.id("queueForm:filter")).click();
            wait(b).until(d -> d.findElements(By.cssSelector("#queueForm\\:cases_data tr")).size() == 1
                    && d.findElement(By.id("queueForm:cases_data")).getText().contains(caseNumber));
            WebElement row = b.findElement(By.cssSelector("#queueForm\\:cases_data tr"));
            assertThat(row.getText()).contains(TITLE).contains("Ny").contains("0/7");
            row.findElement(By.cssSelector("button.assign-me")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:cases_data"), "Berit Holm"));
            berit.assertAccessible();

            row = b.findElement(By.cssSelector("#queueForm\\:cases_data tr"));
            row.findElement(By.linkText(caseNumber)).click();
            berit.waitFor(By.id("caseStatus"));
            assertThat(b.findElement(By.id("caseStatus")).getAttribute("data-status")).isEqualTo("IN_PREPARATION");
            assertThat(b.findElement(By.id("caseAssignee")).getText()).isEqualTo("Berit Holm");
            berit.assertAccessible();

            List<WebElement> items = b.findElements(By.cssSelector("fieldset.checklist-item"));
            assertThat(items).hasSize(7);
            for (int i = 0; i < items.size(); i++) {
                WebElement item = b.findElements(By.cssSelector("fieldset.checklist-item")).get(i);
                String code = item.getAttribute("data-code");
                item.findElement(By.cssSelector("input[value='OK']")).click();
                item.findElement(By.cssSelector("button")).click();
                int done = i + 1;
                wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistHeading"),
                        "(" + done + "/7)"));
                assertThat(b.findElement(By.cssSelector("fieldset.checklist-item[data-code='" + code + "'] input[value='OK']"))
                        .isSelected()).isTrue();
            }

            b.findElement(By.id("completionForm:request")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("completionForm"),
                    "Skriv vad som ska kompletteras"));
            berit.assertAccessible();
            b.findElement(By.id("completionForm:whatToComplete")).sendKeys("Beskriv hur nycklarna hanteras i dag.");
            b.findElement(By.id("completionForm:request")).click();
            wait(b).until(d -> "AWAITING_COMPLETION".equals(d.findElement(By.id("caseStatus")).getAttribute("data-status")));

            WebDriver a = anna.driver();
            anna.signIn("anna", "demo");
            anna.open("/intake/receipt.xhtml?case=" + caseNumber);
            anna.waitFor(By.id("completionForm:answer")).sendKeys("Nycklarna hämtas på kontoret varje morgon.");
            a.findElement(By.id("completionForm:complete")).click();
            wait(a).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kompletteringen är skickad"));

            berit.open("/beredning/case.xhtml?case=" + caseNumber);
            berit.waitFor(By.id("caseStatus"));
            assertThat(b.findElement(By.id("caseStatus")).getAttribute("data-status")).isEqualTo("IN_PREPARATION");
            assertThat(b.findElement(By.id("submissionVersion")).getText()).isEqualTo("2");
            assertThat(b.findElements(By.cssSelector("#versions li.version"))).hasSize(2);
            assertThat(b.findElement(By.cssSelector("#versions li.version[data-number='2']")).getText())
                    .contains("Nycklarna hämtas på kontoret varje morgon.");

            b.findElement(By.id("messageForm:send")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messageForm"), "Fältet måste fyllas i."));
            b.findElement(By.id("messageForm:subject")).sendKeys("Välkommen till beredningen");
            b.findElement(By.id("messageForm:text")).sendKeys("Vi tar upp ärendet på nästa möte.");
            b.findElement(By.id("messageForm:send")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Vi tar upp ärendet på nästa möte."));

            b.findElement(By.id("recommendationForm:send")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("recommendationForm"),
                    "Skriv minst en rekommendation"));
            b.findElement(By.cssSelector("input[id$=':topic']")).sendKeys("Informationssäkerhet");
            b.findElement(By.cssSelector("textarea[id$=':text']")).sendKeys("Gör en informationsklassning av loggarna.");
            b.findElement(By.id("recommendationForm:send")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("givenRecommendations"),
                    "Informationssäkerhet"));
            berit.assertAccessible();

            b.findElement(By.cssSelector("#routingForm\\:routing input[value='REFER_TO_COUNCIL']")).click();
            b.findElement(By.id("routingForm:route")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("routingForm"), "Skriv en motivering"));
            b.findElement(By.id("routingForm:motivation")).sendKeys("Stor insats som berör flera verksamheter.");
            b.findElement(By.id("routingForm:route")).click();
            wait(b).until(d -> "UNDERLAG_IN_PREPARATION".equals(
                    d.findElement(By.id("caseStatus")).getAttribute("data-status")));
            berit.assertAccessible();

            // A meeting to book on: the next one in the plan.
            b.findElement(By.id("subnavMeetings")).click();
            berit.waitFor(By.id("meetingForm:newMeeting")).click();
            berit.waitFor(By.id("meetingForm:startsAt")).sendKeys(LocalDate.now(ZoneId.of("Europe/Stockholm"))
                    .plusDays(1).atTime(7, 30).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            b.findElement(By.id("meetingForm:duration")).clear();
            b.findElement(By.id("meetingForm:duration")).sendKeys("60");
            b.findElement(By.id("meetingForm:location")).sendKeys("Stadshuset, sal Ljusnan");
            b.findElement(By.id("meetingForm:saveMeeting")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingForm:upcomingMeetings"),
                    "Stadshuset, sal Ljusnan"));
            berit.assertAccessible();

            berit.open("/beredning/case.xhtml?case=" + caseNumber);
            berit.waitFor(By.id("bookingForm:invitees")).sendKeys(COLLEAGUE);
            b.findElement(By.id("bookingForm:bookNext")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookings"), COLLEAGUE));
            berit.assertAccessible();
            assertInvitation(caseNumber);

            for (String section : List.of("background", "need", "options", "costs", "risks", "gdpr", "recommendation")) {
                b.findElement(By.id("underlagForm:" + section)).sendKeys("Avsnittet " + section + " för " + caseNumber + ".");
            }
            b.findElement(By.id("underlagForm:publish")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("underlagForm:proposedDecisionError"),
                    "Fyll i avsnittet"));
            b.findElement(By.id("underlagForm:proposedDecision")).sendKeys("Digitaliseringsrådet beslutar att genomföra initiativet.");
            b.findElement(By.id("underlagForm:publish")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("underlagState"), "Publicerat"));
            berit.assertAccessible();
            HttpResponse<byte[]> pdf = Http.basic("berit", "demo").getBytes(
                    "/api/v1/beredning/cases/" + caseNumber + "/underlag.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            berit.open("/beredning/case.xhtml?case=" + caseNumber);
            assertThat(berit.waitFor(By.id("caseStatus")).getAttribute("data-status")).isEqualTo("REFERRED");

            anna.open("/intake/receipt.xhtml?case=" + caseNumber);
            anna.waitFor(By.id("timeline"));
            List<String> kinds = a.findElements(By.cssSelector("#timeline li.timeline-entry")).stream()
                    .map(e -> e.getAttribute("data-kind")).toList();
            assertThat(kinds).containsSubsequence("SUBMITTED", "ASSIGNED", "COMPLETION_REQUESTED", "COMPLETED",
                    "RECOMMENDATION", "INVITED_TO_MEETING", "REFERRED_TO_COUNCIL");
            assertThat(a.findElement(By.id("thread")).getText()).contains("Gör en informationsklassning av loggarna.")
                    .contains("Vi tar upp ärendet på nästa möte.");
            anna.assertAccessible();
        }
    }

    @Test
    void theGroupConfiguresItsChecklistAndHandlingTimes() {
        try (Browser berit = new Browser()) {
            WebDriver b = berit.driver();
            berit.signIn("berit", "demo");
            berit.open("/beredning/settings.xhtml");
            berit.waitFor(By.id("addItem:code"));
            berit.assertAccessible();

            b.findElement(By.id("addItem:code")).sendKeys("bad code");
            b.findElement(By.id("addItem:label")).sendKeys("Tillgänglighet");
            b.findElement(By.id("addItem:add")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("addItem"), "Koden är 2–40 versaler"));
            WebElement code = b.findElement(By.id("addItem:code"));
            code.clear();
            code.sendKeys("ACCESSIBILITY");
            b.findElement(By.id("addItem:add")).click();
            wait(b).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("fieldset.checklist-item[data-code='ACCESSIBILITY']")));
            berit.assertAccessible();

            WebElement item = b.findElement(By.cssSelector("fieldset.checklist-item[data-code='ACCESSIBILITY']"));
            item.findElement(By.cssSelector("input[type='checkbox']")).click();
            item.findElement(By.cssSelector("button")).click();
            // The "saved" message is already there from adding the point: wait for the form to show it retired.
            wait(b).ignoring(StaleElementReferenceException.class).until(d -> !d.findElement(By.cssSelector(
                    "fieldset.checklist-item[data-code='ACCESSIBILITY'] input[type='checkbox']")).isSelected());
            berit.open("/beredning/settings.xhtml");
            assertThat(berit.waitFor(By.cssSelector("fieldset.checklist-item[data-code='ACCESSIBILITY'] input[type='checkbox']"))
                    .isSelected()).as("retired, and saved so").isFalse();

            WebElement days = b.findElement(By.cssSelector("input[id$=':days']"));
            days.clear();
            days.sendKeys("0");
            b.findElement(By.id("targetSettings:saveTargets")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("targetSettings"), "Ange 1–365 arbetsdagar"));
            days = b.findElement(By.cssSelector("input[id$=':days']"));
            days.clear();
            days.sendKeys("4");
            b.findElement(By.id("targetSettings:saveTargets")).click();
            wait(b).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Inställningarna är sparade"));
            berit.open("/beredning/settings.xhtml");
            assertThat(berit.waitFor(By.cssSelector("input[id$=':days']")).getAttribute("value")).isEqualTo("4");
            berit.assertAccessible();
        }
    }

    /** The contact person and the named colleague got the invitation with a calendar file that parses. */
    private static void assertInvitation(String caseNumber) throws Exception {
        MimeMessage invitation = null;
        for (int tries = 0; tries < 100 && invitation == null; tries++) {
            invitation = java.util.Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> subject(m).startsWith("Inbjudan: beredningsgruppens möte") && subject(m).contains(caseNumber))
                    .findFirst().orElse(null);
            if (invitation == null) {
                Thread.sleep(200);
            }
        }
        assertThat(invitation).as("the invitation reached GreenMail").isNotNull();
        assertThat(invitation.getSubject()).contains(caseNumber);
        assertThat(java.util.Arrays.stream(invitation.getAllRecipients()).map(Object::toString))
                .contains("anna.lindqvist@adalen.example", COLLEAGUE);
        BodyPart ics = ((MimeMultipart) invitation.getContent()).getBodyPart(1);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = new CalendarBuilder().build(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains(caseNumber);
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isNotBlank();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).matches("\\d{8}T\\d{6}Z");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String submitAsAnna() throws Exception {
        HttpResponse<String> submitted = Http.basic("anna", "demo").postJson("/api/v1/initiatives", """
                {"title":"%s","need":"Personalen hämtar fysiska nycklar varje dag.",
                 "proposedSolution":"Digitala lås som öppnas med mobilen.",
                 "expectedBenefits":"Mindre tid på nycklar.","beneficiaries":["EMPLOYEES"],"serviceArea":"SOCIAL",
                 "contact":{"name":"Anna Lindqvist","email":"anna.lindqvist@adalen.example"},
                 "responsibleDirector":"Olle Strand","affectedOrgUnits":["SOC-IFO"],"estimatedTotalHours":700,
                 "financingClear":true,"financingSource":"Hemtjänstens budget","newItSupport":false,"newIntegrations":true,
                 "integrationsWith":"Hemtjänstens planeringssystem","externalProcessing":false}"""
                .formatted(TITLE), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return Http.json(submitted).getString("caseNumber");
    }

    /** Waits up to 20 s; a timeout reports the page's messages, which usually say why. */
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
