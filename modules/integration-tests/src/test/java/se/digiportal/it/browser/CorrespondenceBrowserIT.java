package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.intake.AsPreparer;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/**
 * The case page in Chromium: the beredningsgrupp (in the server) asks Anna for a completion and writes to her;
 * she sees the request, is stopped at the field when she forgets the answer, completes the case to version 2,
 * sees it on the timeline, replies in the thread and finally withdraws the case. axe-core checks the page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrespondenceBrowserIT {

    static final String TITLE = "Korrespondens i webbläsaren: digitala trygghetslarm";

    /** A GreenMail, typed Object: the test class is also loaded inside the server, where GreenMail is not. */
    private static Object mail;
    private static String caseNumber;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(CorrespondenceBrowserIT.class, AsPreparer.class);
    }

    @Inject
    AsPreparer preparer;

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            ((GreenMail) mail).stop();
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void annaSubmits() throws Exception {
        mail = Smtp.started();
        HttpResponse<String> submitted = Http.basic("anna", "demo").postJson("/api/v1/initiatives", """
                {"title":"%s","need":"De analoga larmen faller bort när telenätet byts ut.",
                 "proposedSolution":"Digitala trygghetslarm med extern larmmottagning.",
                 "expectedBenefits":"Tryggare brukare.","beneficiaries":["CITIZENS"],"serviceArea":"SOCIAL",
                 "contact":{"name":"Anna Lindqvist","email":"anna.lindqvist@adalen.example"},
                 "responsibleDirector":"Olle Strand","estimatedTotalHours":600,"financingClear":false,
                 "newItSupport":true,"newIntegrations":false,"externalProcessing":false}""".formatted(TITLE),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        caseNumber = Http.json(submitted).getString("caseNumber");
    }

    @Test
    @Order(2)
    void theBeredningsgruppAsksAndWrites() {
        String number = preparer.newestCaseTitled(TITLE);
        preparer.requestCompletion(number, "Uppskatta hur många timmar hemtjänstens egen personal behöver.",
                LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(10));
        preparer.send(number, "Välkommen till beredningen", "Vi går igenom ärendet på mötet i december.");
    }

    @Test
    @Order(3)
    @RunAsClient
    void annaCompletesRepliesAndWithdrawsOnHerCasePage() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            // Selenium types stay out of method signatures: the class is also loaded inside the server.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.signIn("anna", "demo");
            browser.open("/intake/receipt.xhtml?case=" + caseNumber);

            WebElement request = browser.waitFor(By.id("completion"));
            assertThat(request.getText()).contains("Uppskatta hur många timmar hemtjänstens egen personal behöver.");
            assertThat(driver.findElement(By.id("awaitingCompletion")).getText()).contains("väntar på komplettering");
            assertThat(driver.findElement(By.id("thread")).getText())
                    .contains("Välkommen till beredningen").contains("Vi går igenom ärendet på mötet i december.");
            assertThat(driver.findElements(By.cssSelector("#versions li.version"))).hasSize(1);
            browser.assertAccessible();

            WebElement hours = driver.findElement(By.id("completionForm:estimatedTotalHours"));
            hours.clear();
            hours.sendKeys("720");
            driver.findElement(By.id("completionForm:complete")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completionForm"),
                    "Fältet måste fyllas i."));
            assertThat(driver.findElements(By.cssSelector("#versions li.version"))).as("nothing saved").hasSize(1);
            browser.assertAccessible();

            driver.findElement(By.id("completionForm:answer"))
                    .sendKeys("Hemtjänstens personal behöver cirka 120 timmar för utbildning och byte av larm.");
            driver.findElement(By.id("completionForm:complete")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Kompletteringen är skickad"));
            assertThat(driver.findElements(By.id("completionForm"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#versions li.version"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector("#versions li.version[data-number='2'] summary")).getText())
                    .contains("Version 2").contains("anna");
            assertThat(driver.findElement(By.cssSelector("#timeline [data-kind='COMPLETED']")).getText())
                    .contains("Kompletterat").contains("version 2");
            browser.assertAccessible();

            driver.findElement(By.id("replyForm:text")).sendKeys("Tack! Jag kommer gärna till mötet.");
            driver.findElement(By.id("replyForm:send")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#thread li"), 2));
            assertThat(driver.findElement(By.id("thread")).getText()).contains("Tack! Jag kommer gärna till mötet.")
                    .contains("Sv: Välkommen till beredningen");
            browser.assertAccessible();

            driver.findElement(By.id("withdrawForm:reason")).sendKeys("Larmen byts i den regionala upphandlingen.");
            driver.findElement(By.id("withdrawForm:withdraw")).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Återkallat"));
            assertThat(driver.findElements(By.id("withdrawForm"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("#timeline [data-kind='WITHDRAWN']")).getText())
                    .contains("Larmen byts i den regionala upphandlingen.");
            browser.assertAccessible();
        }
    }
}
