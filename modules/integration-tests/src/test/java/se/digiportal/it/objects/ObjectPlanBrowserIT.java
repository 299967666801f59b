package se.digiportal.it.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The objektplan in Chromium: the lead pair writes and submits next year's plan, the objektägare approves it,
 * it is locked in the page and the API, the lead pair records the year-end follow-up, and the year after starts
 * as a copy (without the follow-up). axe-core on every objects page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectPlanBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void theLeadPairWritesTheOwnerApprovesThePlanLocksAndNextYearStartsAsACopy() throws Exception {
        long objectId = ObjectsApiIT.objectId("lena", ObjectsApiIT.CARE_OBJECT);
        int year = ObjectsApiIT.freeYear(objectId, 2027);
        String page = "/objects/plan.xhtml?object=" + objectId + "&year=" + year;

        try (Browser lena = new Browser()) {
            lena.signIn("lena", "demo");
            lena.open("/objects/object.xhtml?id=" + objectId);
            lena.waitFor(By.id("noGaps"));
            lena.assertAccessible();

            lena.open(page);
            assertThat(lena.waitFor(By.id("planStatus")).getText()).isEqualTo("Utkast");
            type(lena, "planForm:overallPlan", "Mobil dokumentation i hela hemtjänsten och avveckling av planeringsverktyget.");
            click(lena, "planForm:addGoal");
            type(lena, "planForm:goals:0:description", "All hemtjänstpersonal dokumenterar mobilt");
            click(lena, "planForm:addActivity");
            select(lena, "planForm:activities:0:kind", "VIDAREUTVECKLING");
            type(lena, "planForm:activities:0:description", "Införa mobil dokumentation i Hemtjänsten Norra");
            select(lena, "planForm:activities:0:quarter", "2");
            type(lena, "planForm:activities:0:owner", "lena");
            type(lena, "planForm:activities:0:cost", "180000");
            click(lena, "planForm:addActivity");
            select(lena, "planForm:activities:1:kind", "VIDMAKTHALLANDE");
            type(lena, "planForm:activities:1:description", "Versionsuppgradering och regressionstest");
            select(lena, "planForm:activities:1:quarter", "1");
            type(lena, "planForm:activities:1:owner", "ahmed");
            type(lena, "planForm:activities:1:cost", "60000");
            click(lena, "planForm:addBudget");
            type(lena, "planForm:budget:0:category", "Licenser och drift");
            type(lena, "planForm:budget:0:amount", "1450000");
            click(lena, "planForm:addInitiative");
            select(lena, "planForm:initiatives:0:term", "SHORT");
            type(lena, "planForm:initiatives:0:title", "Digital signering av biståndsbeslut");
            type(lena, "planForm:initiatives:0:caseNumber", "DIGI-2026-0001");
            click(lena, "planForm:save");
            waitForMessage(lena, "Objektplanen är sparad.");
            // The layout's message list fails axe's list rule while it shows a message (a foundation issue,
            // reported); the plan page itself is checked as it is opened.
            lena.open(page);
            assertThat(lena.waitFor(By.id("budgetTotal")).getText()).isEqualTo("1450000");
            lena.assertAccessible();
        }

        try (Browser ahmed = new Browser()) {
            ahmed.signIn("ahmed", "demo");
            ahmed.open(page);
            click(ahmed, "planForm:addGoal");
            type(ahmed, "planForm:goals:1:description", "Planeringen sker i verksamhetssystemet");
            click(ahmed, "planForm:save");
            waitForMessage(ahmed, "Objektplanen är sparad.");
        }

        try (Browser lena = new Browser()) {
            lena.signIn("lena", "demo");
            lena.open(page);
            assertThat(lena.waitFor(By.id("planForm:goals:1:description")).getAttribute("value"))
                    .isEqualTo("Planeringen sker i verksamhetssystemet");
            click(lena, "planForm:submit");
            waitForMessage(lena, "Objektplanen är inlämnad");
            assertThat(lena.waitFor(By.id("planStatus")).getText()).isEqualTo("Inlämnad");
            assertThat(lena.driver().findElements(By.id("planForm:save"))).isEmpty();
            assertThat(lena.driver().findElements(By.id("planForm:approve"))).isEmpty();
        }

        try (Browser olle = new Browser()) {
            olle.signIn("olle", "demo");
            olle.open(page);
            olle.assertAccessible();
            click(olle, "planForm:approve");
            waitForMessage(olle, "Objektplanen är fastställd");
            assertThat(olle.waitFor(By.id("planStatus")).getText()).isEqualTo("Fastställd");
            olle.open(page);
            assertThat(olle.waitFor(By.id("planStatus")).getText()).isEqualTo("Fastställd");
            // The owner reads the year-end follow-up but does not write it.
            assertThat(olle.waitFor(By.id("followUpHeading")).getText()).isEqualTo("Uppföljning vid årets slut");
            assertThat(olle.driver().findElements(By.id("followUpForm:saveFollowUp"))).isEmpty();
            olle.assertAccessible();
        }

        try (Browser lena = new Browser()) {
            lena.signIn("lena", "demo");
            lena.open(page);
            assertThat(lena.waitFor(By.id("readOnly")).getText()).contains("låst");
            assertThat(lena.driver().findElements(By.id("planForm:save"))).isEmpty();
            assertThat(lena.driver().findElements(By.id("planForm:overallPlan"))).isEmpty();
            assertThat(lena.driver().findElement(By.id("overallPlanText")).getText()).startsWith("Mobil dokumentation");
            lena.assertAccessible();

            type(lena, "followUpForm:goalResults:0:outcome", "Nio av tio grupper dokumenterar mobilt");
            select(lena, "followUpForm:activityResults:0:done", "true");
            type(lena, "followUpForm:activityResults:0:outcome", "Infört i Hemtjänsten Norra i maj");
            select(lena, "followUpForm:activityResults:1:done", "false");
            click(lena, "followUpForm:saveFollowUp");
            waitForMessage(lena, "Uppföljningen är sparad.");
            lena.open(page);
            assertThat(lena.waitFor(By.id("followUpForm:goalResults:0:outcome")).getAttribute("value"))
                    .isEqualTo("Nio av tio grupper dokumenterar mobilt");
            assertThat(new Select(lena.driver().findElement(By.id("followUpForm:activityResults:1:done")))
                    .getFirstSelectedOption().getText()).isEqualTo("Nej");
            assertThat(lena.driver().findElement(By.id("planStatus")).getText()).isEqualTo("Fastställd");
            lena.assertAccessible();

            var refused = Http.basic("lena", "demo").putJson("/api/v1/objects/" + objectId + "/plans/" + year,
                    ObjectsApiIT.planJson(2));
            ObjectsApiIT.assertProblem(refused, 409);

            click(lena, "planForm:copy");
            new WebDriverWait(lena.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), String.valueOf(year + 1)));
            assertThat(lena.waitFor(By.id("planStatus")).getText()).isEqualTo("Utkast");
            assertThat(lena.waitFor(By.id("planForm:goals:0:description")).getAttribute("value"))
                    .isEqualTo("All hemtjänstpersonal dokumenterar mobilt");
            assertThat(lena.waitFor(By.id("planForm:goals:0:outcome")).getAttribute("value")).isEmpty();
            assertThat(new Select(lena.driver().findElement(By.id("planForm:activities:1:kind")))
                    .getFirstSelectedOption().getText()).isEqualTo("Vidmakthållande");
            lena.assertAccessible();
        }
    }

    @Test
    void theObjectsPagesAreAccessibleAndShowWhatIsMissing() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/objects/index.xhtml");
            assertThat(admin.waitFor(By.id("objects")).getText()).contains("Skolplattform")
                    .contains("Objektledare IT saknas").contains("Systemspecialist IT saknas – Lärplattform");
            admin.assertAccessible();

            admin.open("/objects/systems.xhtml");
            assertThat(admin.waitFor(By.id("overview")).getText()).contains("Socialförvaltningen");
            new Select(admin.driver().findElement(By.id("filterForm:criticality"))).selectByValue("CRITICAL");
            click(admin, "filterForm:apply");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(driver -> {
                try {
                    return !driver.findElement(By.id("systems")).getText().contains("Bibliotekssystem");
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            });
            assertThat(admin.driver().findElement(By.id("systems")).getText()).contains("Ekonomisystem")
                    .doesNotContain("Bibliotekssystem");
            admin.assertAccessible();

            type(admin, "importForm:csv", "name,orgUnit,lifecycle,criticality\nTestsystem,SBF,IN_USE,ENORM\n");
            click(admin, "importForm:preview");
            assertThat(admin.waitFor(By.id("importErrors")).getText()).contains("Rad 2: criticality");
            admin.assertAccessible();
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void select(Browser browser, String id, String value) {
        new Select(browser.waitFor(By.id(id))).selectByValue(value);
    }

    private static void click(Browser browser, String id) {
        browser.waitFor(By.id(id)).click();
    }

    private static void waitForMessage(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }
}
