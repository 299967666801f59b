package se.digiportal.it.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Submissions;

/**
 * The yearly prioritization in Chromium: petra sets a budget, reweights a criterion, costs and scores the open
 * demo items, forces one in and one out, saves the suggestion as a scenario, saves a second one without the
 * steering, compares the two and freezes the first as the year's decision, which the council then reads and which
 * nothing changes any more. The dashboard's charts render with data and the synergy view finds a new case that
 * names a portfolio item's system. axe-core on every screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioPrioritizationBrowserIT {

    private static final String CARE = "DIGI-2025-0004";
    private static final String SUPPORT = "DIGI-2025-0012";
    private static final String STREETS = "DIGI-2025-0015";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void petraBuildsComparesAndFreezesTheYearsScenarioAndTheCouncilReadsIt() throws Exception {
        // This test freezes its year, so it takes one nobody has touched (the test database outlives a run).
        int year = PrioritiesApiIT.untouchedYear();
        String priorities = "/portfolio/priorities.xhtml?year=" + year;
        String scenarios = "/portfolio/scenarios.xhtml?year=" + year;
        try (Browser petra = new Browser()) {
            petra.signIn("petra", "demo");
            petra.open(priorities);
            petra.waitFor(By.id("prioritiesForm:budget"));
            assertThat(chartPoints(petra, "frontierChart")).isPositive();
            petra.assertAccessible();

            type(petra, "prioritiesForm:budget", "2000");
            type(petra, "prioritiesForm:weights:0:weight", "40");
            assess(petra, CARE, "1200", List.of("4", "4", "4", "4", "4"), "OUT");
            assess(petra, SUPPORT, "1500", List.of("3", "3", "3", "3", "3"), "IN");
            assess(petra, STREETS, "tusen", List.of("5", "5", "5", "1", "1"), "NONE");
            int streets = row(petra, STREETS);
            int support = row(petra, SUPPORT);
            click(petra, "prioritiesForm:save");
            // Bad input: the message at the field, nothing else lost, nothing saved.
            waitForText(petra, By.id("prioritiesForm:candidates"), "Ange kostnaden i hela tusental kronor");
            assertThat(petra.driver().findElement(By.id("prioritiesForm:budget")).getAttribute("value")).isEqualTo("2000");
            assertThat(new Select(petra.driver().findElement(By.id("prioritiesForm:candidates:" + support + ":forcing"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("IN");
            type(petra, "prioritiesForm:candidates:" + streets + ":cost", "400");
            click(petra, "prioritiesForm:save");
            waitForMessage(petra, "Prioriteringen är sparad");

            // Forced in: försörjningsstödet (1 500); forced out: hemtjänsten; felanmälan (400) fits beside it.
            assertThat(suggested(petra, SUPPORT)).isEqualTo("Ja");
            assertThat(suggested(petra, CARE)).isEqualTo("Nej");
            assertThat(suggested(petra, STREETS)).isEqualTo("Ja");
            assertThat(petra.driver().findElement(By.id("summaryCost")).getText()).isEqualTo("1900");
            // 40×3 + 25×3 + 15×3 + 15×(6−3) + 10×(6−3) = 315; 40×5 + 25×5 + 15×5 + 15×5 + 10×5 = 525.
            assertThat(petra.driver().findElement(By.id("summaryValue")).getText()).isEqualTo("840");
            assertThat(chartPoints(petra, "frontierChart")).isGreaterThan(1);

            type(petra, "scenarioForm:name", "Tvingat försörjningsstöd");
            click(petra, "scenarioForm:saveScenario");
            waitForMessage(petra, "Scenariot är sparat.");

            select(petra, "prioritiesForm:candidates:" + row(petra, SUPPORT) + ":forcing", "NONE");
            select(petra, "prioritiesForm:candidates:" + row(petra, CARE) + ":forcing", "NONE");
            click(petra, "prioritiesForm:save");
            waitForMessage(petra, "Prioriteringen är sparad");
            // Without steering hemtjänsten (370) and felanmälan (525) give the most within 2 000.
            assertThat(suggested(petra, CARE)).isEqualTo("Ja");
            assertThat(suggested(petra, SUPPORT)).isEqualTo("Nej");
            type(petra, "scenarioForm:name", "Utan styrning");
            click(petra, "scenarioForm:saveScenario");
            waitForMessage(petra, "Scenariot är sparat.");
            petra.open(priorities);
            assertThat(petra.waitFor(By.id("summaryValue")).getText()).isEqualTo("895");
            petra.assertAccessible();

            petra.open(scenarios);
            assertThat(petra.waitFor(By.id("noDecision")).getText()).contains("Inget scenario är fastställt");
            petra.assertAccessible();
            click(petra, "scenariosForm:compare");
            WebElement comparison = petra.waitFor(By.id("comparisonTable"));
            assertThat(comparison.getText()).contains("Tvingat försörjningsstöd").contains("Utan styrning")
                    .contains("1900 / 840").contains("1600 / 895");
            assertThat(comparison.findElements(By.cssSelector("tr.differs"))).hasSize(2);
            petra.assertAccessible();

            List<WebElement> rows = petra.driver().findElements(By.cssSelector("[id='scenariosForm:scenarios_data'] > tr"));
            int forced = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains("Tvingat försörjningsstöd")) {
                    forced = i;
                }
            }
            click(petra, "scenariosForm:scenarios:" + forced + ":freeze");
            waitForMessage(petra, "fastställt som årets portföljbeslut");
            petra.open(scenarios);
            assertThat(petra.waitFor(By.id("decisionInfo")).getText()).contains("Tvingat försörjningsstöd")
                    .contains("petra");
            assertThat(petra.driver().findElements(By.cssSelector("[id$=':freeze']"))).isEmpty();
            petra.assertAccessible();

            petra.open(priorities);
            assertThat(petra.waitFor(By.id("frozenNotice")).getText()).contains("fastställt");
            assertThat(petra.driver().findElements(By.id("prioritiesForm:save"))).isEmpty();
            assertThat(petra.driver().findElements(By.id("scenarioForm:saveScenario"))).isEmpty();
            assertThat(petra.driver().findElement(By.id("prioritiesForm:budget")).getAttribute("disabled")).isNotNull();
            petra.assertAccessible();
        }

        try (Browser rolf = new Browser()) {
            rolf.signIn("rolf", "demo");
            rolf.open(scenarios);
            assertThat(rolf.waitFor(By.id("decisionInfo")).getText()).contains("Tvingat försörjningsstöd");
            assertThat(rolf.waitFor(By.id("decisionLines")).getText()).contains(SUPPORT);
            assertThat(rolf.driver().findElements(By.id("scenariosForm"))).isEmpty();
            rolf.assertAccessible();
        }
        assertThat(Http.signedIn("rolf", "demo").get(priorities).statusCode()).isEqualTo(403);
        assertThat(Http.signedIn("anna", "demo").get(scenarios).statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardChartsRenderAndTheSynergyViewShowsAnOverlap() throws Exception {
        String overlapping = Submissions.submitAsAnna("Mobil dokumentation i hemtjänsten även för nattpatrullen");

        try (Browser petra = new Browser()) {
            petra.signIn("petra", "demo");
            petra.open("/portfolio/dashboard.xhtml");
            for (String chart : List.of("phaseChart", "areaChart", "forvaltningChart", "yearChart", "budgetChart",
                    "bubbleChart")) {
                assertThat(petra.driver().findElements(By.cssSelector("[id$='" + chart + "'] canvas"))).as(chart)
                        .hasSize(1);
                // The demo portfolio has items in every view and next year's assessed candidates for the bubbles.
                assertThat(chartPoints(petra, chart)).as(chart).isPositive();
            }
            assertThat(petra.driver().findElement(By.id("phaseTable")).getAttribute("textContent")).contains("Pågår");
            // Next year's demo prioritization budget (3 500 tkr) stands beside the items' plans.
            assertThat(petra.driver().findElement(By.id("budgetTable")).getAttribute("textContent"))
                    .contains("Budget 3500");
            petra.assertAccessible();

            // Hemtjänsten last reported 20 days ago (demo): not overdue while a report is due every 1000 days, overdue
            // once the administrator asks for one every 10 days.
            Http admin = Http.basic("admin", "demo");
            try {
                assertThat(interval(admin, "1000")).isEqualTo(200);
                petra.open("/portfolio/dashboard.xhtml");
                assertThat(petra.waitFor(By.id("overdue")).getText()).doesNotContain(CARE);
                assertThat(interval(admin, "10")).isEqualTo(200);
                petra.open("/portfolio/dashboard.xhtml");
                assertThat(petra.waitFor(By.id("overdue")).getText()).contains(CARE)
                        .contains("Mobil dokumentation i hemtjänsten");
            } finally {
                interval(admin, "30");
            }
            petra.driver().findElement(By.id("subnavPriorities")).click();
            petra.waitFor(By.id("prioritiesForm:budget"));
            petra.open("/portfolio/dashboard.xhtml");
            petra.waitFor(By.id("budgetChart"));
            petra.assertAccessible();

            petra.open("/portfolio/synergies.xhtml");
            WebElement overlaps = petra.waitFor(By.id("overlaps"));
            WebElement row = overlaps.findElements(By.cssSelector("tbody > tr")).stream()
                    .filter(r -> r.getText().contains(overlapping) && r.getText().contains(CARE)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("Samma system").contains("Liknande beskrivning")
                    .contains("Mobil dokumentation i hemtjänsten");
            petra.assertAccessible();
        }

        try (Browser rolf = new Browser()) {
            rolf.signIn("rolf", "demo");
            rolf.open("/portfolio/dashboard.xhtml");
            assertThat(chartPoints(rolf, "phaseChart")).isPositive();
            // The council reads the overview and the decision, not the project office's working pages.
            assertThat(rolf.driver().findElements(By.id("subnavPriorities"))).isEmpty();
            assertThat(rolf.driver().findElements(By.id("subnavScenarios"))).hasSize(1);
            rolf.assertAccessible();
        }
        assertThat(Http.signedIn("rolf", "demo").get("/portfolio/synergies.xhtml").statusCode()).isEqualTo(403);
    }

    private static int interval(Http admin, String days) throws Exception {
        return admin.putJson("/api/v1/admin/settings/STATUS_REPORT_INTERVAL_DAYS", "{\"value\":\"" + days + "\"}")
                .statusCode();
    }

    private static void assess(Browser browser, String caseNumber, String cost, List<String> scores, String forcing) {
        int row = row(browser, caseNumber);
        String prefix = "prioritiesForm:candidates:" + row + ":";
        type(browser, prefix + "cost", cost);
        for (int i = 0; i < scores.size(); i++) {
            select(browser, prefix + "scores:" + i + ":score", scores.get(i));
        }
        select(browser, prefix + "forcing", forcing);
    }

    /** The candidate's row index: the list's order comes from the data, not from the test. */
    private static int row(Browser browser, String caseNumber) {
        List<WebElement> rows = browser.waitFor(By.id("prioritiesForm:candidates"))
                .findElements(By.cssSelector("tbody > tr"));
        for (WebElement r : rows) {
            if (r.getText().contains(caseNumber)) {
                return Integer.parseInt(r.getAttribute("data-ri"));
            }
        }
        throw new AssertionError(caseNumber + " is not a candidate");
    }

    private static String suggested(Browser browser, String caseNumber) {
        return browser.waitFor(By.id("prioritiesForm:candidates:" + row(browser, caseNumber) + ":suggested")).getText();
    }

    /** How many points the chart's first dataset holds, read from Chart.js itself once it has drawn. */
    static long chartPoints(Browser browser, String widgetVar) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
            Object n = ((JavascriptExecutor) driver).executeScript(
                    "var w = PF('" + widgetVar + "'); return w && w.chart && w.canvas.length === 1"
                            + " ? w.chart.data.datasets[0].data.length : null;");
            return n == null ? null : ((Number) n).longValue();
        });
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
        waitForText(browser, By.id("messages"), text);
    }

    private static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
            try {
                return driver.findElement(by).getText().contains(text);
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }
}
