package se.digiportal.it.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import se.digiportal.it.support.PortalDeployment;

/**
 * The system inventory in Chromium: the administrator opens a round over one object, the system specialist
 * confirms her system on "Mina inventeringsuppgifter" (then changes it to a correction), the round's completeness
 * report counts the answer, and the administrator closes the round. axe-core on both pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryBrowserIT {

    private static final String CARE_SYSTEM = "Verksamhetssystem för äldreomsorg";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void theAdministratorOpensARoundTheSpecialistConfirmsAndTheReportCountsIt() {
        // The database may outlive a run, so the round is told apart from earlier ones by its title.
        String title = "Inventering i webben " + System.nanoTime() % 1_000_000;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String reportPage;

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/objects/inventory.xhtml");
            admin.waitFor(By.id("openForm:open"));
            admin.assertAccessible();
            type(admin, "openForm:title", title);
            new Select(admin.driver().findElement(By.id("openForm:objectId")))
                    .selectByVisibleText(ObjectsApiIT.CARE_OBJECT);
            type(admin, "openForm:deadline", today.plusDays(14).toString());
            type(admin, "openForm:remindOn", today.plusDays(7).toString());
            admin.waitFor(By.id("openForm:open")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportHeading"), title));
            assertThat(admin.driver().findElement(By.id("byObject")).getText())
                    .contains(ObjectsApiIT.CARE_OBJECT).contains("0 / 3");
            reportPage = admin.driver().getCurrentUrl();
            assertThat(reportPage).contains("round=");
            admin.assertAccessible();
        }

        try (Browser sara = new Browser()) {
            sara.signIn("sara", "demo");
            sara.open("/objects/tasks.xhtml");
            By row = By.xpath("//table[@id='tasksForm:tasks']//tr[td[contains(., '" + title + "')]"
                    + " and td[contains(., '" + CARE_SYSTEM + "')]]");
            assertThat(sara.waitFor(row).getText()).contains("Inte besvarad");
            sara.assertAccessible();
            sara.driver().findElement(row).findElement(By.xpath(".//button[contains(@id, ':confirm')]")).click();
            new WebDriverWait(sara.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Uppgifterna är bekräftade"));
            // The task stays in the list while the round is open, now with her answer.
            new WebDriverWait(sara.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(row, "Bekräftad"));

            // She changes her answer to a correction; a note alone leaves the register's data as it is.
            sara.driver().findElement(row).findElement(By.xpath(".//button[contains(@id, ':startCorrection')]")).click();
            // Clicking the field moves the pointer off the button, so axe sees the page and not a hover state.
            sara.waitFor(By.id("correctForm:note")).click();
            type(sara, "correctForm:note", "Avtalet omförhandlas under året.");
            sara.assertAccessible();
            sara.waitFor(By.id("correctForm:saveCorrection")).click();
            new WebDriverWait(sara.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Rättelsen är sparad"));
            new WebDriverWait(sara.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(row, "Rättad"));
        }

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.driver().get(reportPage);
            assertThat(admin.waitFor(By.id("byObject")).getText()).contains(ObjectsApiIT.CARE_OBJECT).contains("1 / 3");
            assertThat(admin.driver().findElement(By.id("byObject")).getText()).doesNotContain(CARE_SYSTEM);
            assertThat(admin.driver().findElement(By.id("roundState")).getText()).isEqualTo("Pågår");
            admin.assertAccessible();

            admin.waitFor(By.id("closeForm:close")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("roundState"), "Avslutad"));
            assertThat(admin.driver().findElements(By.id("closeForm:close"))).isEmpty();
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
