package se.digiportal.it.beredning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;

/**
 * MeetingsIT's browser step, client side only: a class of its own so that MeetingsIT, which the container loads
 * too, names no Selenium type in its methods (the container has no Selenium).
 */
final class UnderlagInTheBrowser {

    private UnderlagInTheBrowser() {
    }

    /** berit opens the case's underlag section, publishing an incomplete draft fails at the fields, then succeeds. */
    static void writeAndPublish(String draftCaseNumber) {
        try (Browser berit = new Browser()) {
            berit.signIn("berit", "demo");
            berit.open("/beredning/underlag.xhtml?case=" + draftCaseNumber);
            assertThat(berit.waitFor(By.id("underlagState")).getText()).contains("Utkast");
            berit.waitFor(By.id("underlagPdf"));
            berit.assertAccessible();

            type(berit, "underlagForm:background", "Biståndsbeslut signeras i dag för hand.");
            berit.waitFor(By.id("underlagForm:publish")).click();
            assertThat(berit.waitFor(By.id("underlagForm:needError")).getText())
                    .isEqualTo("Fyll i avsnittet innan underlaget publiceras.");
            assertThat(berit.waitFor(By.id("underlagForm:proposedDecisionError")).getText()).isNotBlank();
            assertThat(berit.driver().findElements(By.id("underlagForm:backgroundError")))
                    .allSatisfy(e -> assertThat(e.getText()).isBlank());

            type(berit, "underlagForm:need", "Kortare handläggningstid.");
            type(berit, "underlagForm:costs", "650 timmar.");
            type(berit, "underlagForm:risks", "Leverantörsberoende.");
            type(berit, "underlagForm:gdpr", "Personuppgifter; DPIA görs.");
            type(berit, "underlagForm:recommendation", "Upphandla via ramavtal.");
            type(berit, "underlagForm:proposedDecision", "Rådet tillstyrker upphandlingen.");
            berit.waitFor(By.id("underlagForm:publish")).click();
            new WebDriverWait(berit.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("underlagState"), "Publicerat"));
        }
    }

    /**
     * berit opens the SOCIAL area's ranking for next year (the page's default year), where the case is
     * included, and moves it one step with its button; the order is saved.
     */
    static void moveInRanking(String caseNumber) {
        try (Browser berit = new Browser()) {
            berit.signIn("berit", "demo");
            berit.open("/beredning/ranking.xhtml?area=SOCIAL");
            berit.waitFor(By.id("rankingForm:ranking"));
            berit.assertAccessible();
            int before = positionOf(berit, caseNumber);
            int rows = berit.driver().findElements(By.cssSelector("#rankingForm\\:ranking tbody tr")).size();
            assertThat(rows).as("both cases of MeetingsIT are ranked").isGreaterThanOrEqualTo(2);
            boolean up = before > 1;
            rowOf(berit, caseNumber).findElement(By.cssSelector(up ? "button[id$=':moveUp']" : "button[id$=':moveDown']"))
                    .click();
            int expected = up ? before - 1 : before + 1;
            new WebDriverWait(berit.driver(), Duration.ofSeconds(20)).until(d -> {
                try {
                    return positionOf(berit, caseNumber) == expected;
                } catch (org.openqa.selenium.StaleElementReferenceException | AssertionError e) {
                    return false;
                }
            });
            berit.open("/beredning/ranking.xhtml?area=SOCIAL");
            assertThat(positionOf(berit, caseNumber)).as("the order was saved").isEqualTo(expected);
        }
    }

    private static WebElement rowOf(Browser browser, String caseNumber) {
        browser.waitFor(By.id("rankingForm:ranking"));
        return browser.driver().findElements(By.cssSelector("#rankingForm\\:ranking tbody tr")).stream()
                .filter(r -> r.getText().contains(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(caseNumber + " is not ranked: "
                        + browser.driver().findElement(By.id("rankingForm:ranking")).getText()));
    }

    private static int positionOf(Browser browser, String caseNumber) {
        String[] cell = rowOf(browser, caseNumber).findElements(By.tagName("td")).get(0).getText().trim().split("\\s+");
        return Integer.parseInt(cell[cell.length - 1]);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
