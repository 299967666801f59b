package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/**
 * The e-tjänst in Chromium: Anna fills the wizard, watches the criteria panel follow her answers, saves a
 * draft, loses her browser, resumes the draft in a new session, submits and gets her case number and receipt
 * mail. axe-core checks every step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void annaDraftsResumesInANewBrowserAndSubmits() throws Exception {
        String title = "Digitala tillsynsbesök i hemtjänsten " + System.nanoTime() % 100_000;

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.signIn("anna", "demo");
            browser.open("/intake/index.xhtml");
            browser.waitFor(By.id("newInitiative")).click();
            browser.waitFor(By.id("wizard:title"));
            assertThat(driver.findElement(By.id("criteria-guidance")).getText())
                    .contains("Inget av kriterierna är uppfyllt").contains("IT-projektkontoret");
            browser.assertAccessible();

            driver.findElement(By.id("wizard:title")).sendKeys(title);
            driver.findElement(By.id("wizard:need")).sendKeys("Besöken dokumenteras på papper och förs in i efterhand.");
            new Select(driver.findElement(By.id("wizard:serviceArea"))).selectByValue("SOCIAL");
            driver.findElement(By.id("wizard:beneficiaries:1")).click();
            driver.findElement(By.id("wizard:next")).click();

            WebElement contactName = browser.waitFor(By.id("wizard:contactName"));
            assertThat(contactName.getAttribute("value")).isEqualTo("Anna Lindqvist");
            browser.assertAccessible();
            driver.findElement(By.id("wizard:responsibleDirector")).sendKeys("Olle Strand");
            driver.findElement(By.id("wizard:next")).click();

            WebElement total = browser.waitFor(By.id("wizard:estimatedTotalHours"));
            browser.assertAccessible();
            total.sendKeys("501", Keys.TAB);
            awaitCriterion(driver, "TOTAL_OVER_500H");
            assertThat(driver.findElements(By.id("criteria-guidance"))).isEmpty();
            driver.findElement(By.id("wizard:financingClear:1")).click();
            awaitCriterion(driver, "UNCLEAR_FINANCING");
            assertThat(driver.findElement(By.cssSelector("[data-code='TOTAL_OVER_500H']")).getText())
                    .contains("501 timmar");

            driver.findElement(By.id("wizard:saveDraft")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Utkastet är sparat."));

            // Answered after the explicit save: only the automatic save on the step change keeps it.
            driver.findElement(By.id("wizard:newItSupport:0")).click();
            awaitCriterion(driver, "NEW_IT_SUPPORT");
            driver.findElement(By.id("wizard:next")).click();
            browser.waitFor(By.id("wizard:step3"));
        }

        String caseNumber;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.signIn("anna", "demo");
            browser.open("/intake/index.xhtml");
            WebElement row = browser.waitFor(By.xpath("//tr[.//span[@class='case-title' and text()='" + title + "']]"));
            assertThat(row.getText()).contains("Utkast");
            browser.assertAccessible();
            row.findElement(By.cssSelector("a.resume-draft")).click();

            WebElement titleField = browser.waitFor(By.id("wizard:title"));
            assertThat(titleField.getAttribute("value")).isEqualTo(title);
            assertThat(driver.findElements(By.cssSelector("[data-code='TOTAL_OVER_500H']"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-code='NEW_IT_SUPPORT']"))).hasSize(1);
            driver.findElement(By.id("wizard:proposedSolution")).sendKeys("Mobil dokumentation vid besöket.");
            driver.findElement(By.id("wizard:expectedBenefits")).sendKeys("Mindre dubbelarbete.");
            driver.findElement(By.id("wizard:next")).click();
            browser.waitFor(By.id("wizard:contactName"));
            driver.findElement(By.id("wizard:next")).click();

            WebElement total = browser.waitFor(By.id("wizard:estimatedTotalHours"));
            assertThat(total.getAttribute("value")).isEqualTo("501");
            assertThat(driver.findElement(By.id("wizard:newItSupport:0")).isSelected()).isTrue();
            driver.findElement(By.id("wizard:financingClear:0")).click();
            wait(driver).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("[data-code='UNCLEAR_FINANCING']"), 0));
            driver.findElement(By.id("wizard:financingSource")).sendKeys("Äldreomsorgens budget");
            driver.findElement(By.id("wizard:newIntegrations:1")).click();
            driver.findElement(By.id("wizard:externalProcessing:1")).click();
            driver.findElement(By.id("wizard:pilot:0")).click();
            awaitCriterion(driver, "NEW_IT_SUPPORT");
            driver.findElement(By.id("wizard:next")).click();

            browser.waitFor(By.id("wizard:step3"));
            browser.assertAccessible();
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bilagor");
            java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("behovsanalys.pdf"),
                    "%PDF-1.4\n% behovsanalys\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.nio.file.Path fake = java.nio.file.Files.write(dir.resolve("bild.pdf"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1});
            driver.findElement(By.id("upload:file")).sendKeys(fake.toString());
            driver.findElement(By.id("upload:attach")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload"),
                    "Filens innehåll stämmer inte"));
            driver.findElement(By.id("upload:file")).sendKeys(pdf.toString());
            driver.findElement(By.id("upload:attach")).click();
            WebElement attached = browser.waitFor(By.cssSelector("li.attachment"));
            assertThat(attached.getText()).contains("behovsanalys.pdf");
            assertThat(driver.findElements(By.cssSelector("li.attachment"))).hasSize(1);
            browser.assertAccessible();
            driver.findElement(By.id("wizard:next")).click();

            WebElement summary = browser.waitFor(By.id("summary"));
            assertThat(summary.getText()).contains(title).contains("Olle Strand").contains("Medarbetare");
            browser.assertAccessible();
            driver.findElement(By.id("wizard:submit")).click();

            caseNumber = browser.waitFor(By.id("caseNumber")).getText();
            assertThat(caseNumber).matches("DIGI-\\d{4}-\\d{4}");
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains(title);
            assertThat(driver.findElement(By.cssSelector("#timeline [data-kind='SUBMITTED']")).getText())
                    .contains("Inlämnat").contains(caseNumber);
            browser.assertAccessible();
            // The download link, fetched within the signed-in session as the browser would save it.
            String href = driver.findElement(By.id("receiptPdf")).getAttribute("href");
            Object head = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                            + " + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))"
                            + ".catch(e => done('failed ' + e));", href);
            assertThat(head).isEqualTo("200 application/pdf %PDF-");

            browser.open("/intake/index.xhtml");
            WebElement submitted = browser.waitFor(By.xpath("//tr[.//span[@class='case-title' and text()='" + title + "']]"));
            assertThat(submitted.getText()).contains(caseNumber).contains("Inlämnat");
        }

        MimeMessage receipt = awaitMail("Kvittens: " + caseNumber);
        assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo("anna.lindqvist@adalen.example");
        var parts = (jakarta.mail.internet.MimeMultipart) receipt.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains(caseNumber).contains(title);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("kvittens-" + caseNumber + ".pdf");
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void awaitCriterion(WebDriver driver, String code) {
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-code='" + code + "']")));
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
