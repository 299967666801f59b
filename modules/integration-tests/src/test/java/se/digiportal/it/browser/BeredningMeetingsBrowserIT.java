package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The beredningsgrupp's meeting pages in Chromium: berit opens the meeting plan, a meeting and the ranking
 * (axe-core clean on each), plans a meeting, and books anna's new case on the next meeting from the case's
 * booking section: on the next meeting, then on the meeting just planned.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeredningMeetingsBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void beritOpensTheMeetingPlanAMeetingAndTheRankingAndBooksACase() throws Exception {
        String caseNumber = submitCase();
        String place = "Stadshuset, sal " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser berit = new Browser()) {
            berit.signIn("berit", "demo");
            berit.open("/beredning/index.xhtml");
            berit.waitFor(By.id("subnavMeetings")).click();
            berit.waitFor(By.id("meetingForm:upcomingMeetings"));
            berit.assertAccessible();

            berit.waitFor(By.cssSelector("#meetingForm\\:upcomingMeetings a.meeting-link")).click();
            berit.waitFor(By.id("meetingDetails"));
            berit.waitFor(By.id("agendaForm:agenda"));
            berit.assertAccessible();

            berit.open("/beredning/ranking.xhtml");
            berit.waitFor(By.id("rankingForm:ranking"));
            berit.assertAccessible();

            berit.open("/beredning/meetings.xhtml");
            berit.waitFor(By.id("meetingForm:newMeeting")).click();
            type(berit, "meetingForm:startsAt", LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusDays(60)
                    .withHour(9).withMinute(0).format(LOCAL));
            type(berit, "meetingForm:duration", "90");
            type(berit, "meetingForm:location", place);
            berit.waitFor(By.id("meetingForm:saveMeeting")).click();
            new WebDriverWait(berit.driver(), java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("meetingForm:upcomingMeetings"), place));

            berit.open("/beredning/underlag.xhtml?case=" + caseNumber);
            berit.waitFor(By.id("notBooked"));
            assertThat(berit.waitFor(By.id("underlagUnavailable")).getText()).contains("hänvisas");
            berit.assertAccessible();
            type(berit, "bookingForm:invitees", "kollega.browser@adalen.example");
            berit.waitFor(By.id("bookingForm:bookNext")).click();
            WebElement bookings = new WebDriverWait(berit.driver(), java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bookings li")));
            assertThat(bookings.getText()).contains("kollega.browser@adalen.example");

            // The same case on the meeting planned above, chosen in the list.
            Select meeting = new Select(berit.waitFor(By.id("bookingForm:meeting")));
            meeting.getOptions().stream().filter(o -> o.getText().contains(place)).findFirst().orElseThrow().click();
            berit.waitFor(By.id("bookingForm:book")).click();
            new WebDriverWait(berit.driver(), java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bookings li"), 2));
            assertThat(berit.driver().findElement(By.id("bookings")).getText()).contains(place);
        }
    }

    private static String submitCase() throws Exception {
        String body = """
                {"title":"Bokning i webbläsaren %s",
                 "need":"Kallelser skickas i dag på papper.",
                 "proposedSolution":"Digitala kallelser.",
                 "expectedBenefits":"Snabbare och billigare.",
                 "beneficiaries":["CITIZENS"],
                 "serviceArea":"SOCIAL",
                 "contact":{"name":"Anna Lindqvist","email":"anna.kontakt@adalen.example","phone":"0611-34 81 20"},
                 "responsibleDirector":"Olle Strand",
                 "affectedOrgUnits":[],
                 "estimatedTotalHours":120,
                 "sharedResourceHours":{},
                 "financingClear":true,
                 "financingSource":"Äldreomsorgens budget",
                 "newItSupport":false,
                 "newIntegrations":false,
                 "externalProcessing":false,
                 "pilot":false,
                 "desiredStart":"2027-03-01"}""".formatted(UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = Http.basic("anna", "demo").postJson("/api/v1/initiatives", body,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("caseNumber");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
