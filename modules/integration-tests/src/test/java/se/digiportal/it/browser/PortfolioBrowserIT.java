package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.digiportal.it.portfolio.PortfolioCases;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;

/**
 * The project office's day in Chromium: Petra finds the item the council approved, books resources (a refused
 * booking keeps what she typed), files two status reports and sees them charted, adds a benefit with a measurement
 * and reads the capacity view; axe-core checks each screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void petraResourcesTheApprovedItemReportsOnItAndFollowsUpItsBenefit() throws Exception {
        String caseNumber = PortfolioCases.decided("Webbläsartest: portföljobjekt", "APPROVED", "Som pilot")
                .caseNumber();

        try (Browser petra = new Browser()) {
            WebDriver b = petra.driver();
            petra.signIn("petra", "demo");
            petra.open("/portfolio/index.xhtml");
            petra.waitFor(By.id("items"));
            petra.assertAccessible();
            WebElement link = wait(b).until(d -> d.findElements(By.cssSelector("a.item-link")).stream()
                    .filter(a -> a.getText().equals(caseNumber)).findFirst().orElse(null));
            link.click();

            petra.waitFor(By.id("overview"));
            assertThat(b.findElement(By.id("entryPath")).getText()).isEqualTo("Beviljad av digitaliseringsrådet");
            assertThat(b.findElement(By.id("origin")).getText()).contains("Rådets beslut", "Beslutsunderlaget");
            assertThat(b.findElements(By.cssSelector("a[id$='caseLink'], a[id$='decisionLink']")))
                    .as("no link to pages the project office may not open").isEmpty();
            String underlag = b.findElement(By.cssSelector("a[id$='underlagLink']")).getAttribute("href");
            String path = underlag.substring(underlag.indexOf("/portfolio/underlag.pdf"));
            HttpResponse<byte[]> pdf = Http.signedIn("petra", "demo").getBytes(path);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(Http.signedIn("anna", "demo").getBytes(path).statusCode()).isEqualTo(403);
            petra.assertAccessible();

            tab(b, "Resurssäkring");
            WebElement kind = petra.waitFor(By.id("tabs:bookingForm:kindCode"));
            new Select(kind).selectByValue("DEVELOPER");
            b.findElement(By.id("tabs:bookingForm:person")).sendKeys("Ahmed Karimi");
            b.findElement(By.id("tabs:bookingForm:from")).sendKeys("2031-06");
            b.findElement(By.id("tabs:bookingForm:to")).sendKeys("2031-01");
            b.findElement(By.id("tabs:bookingForm:hoursPerMonth")).sendKeys("700");
            b.findElement(By.id("tabs:bookingForm:book")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:bookingForm"),
                    "Till-månaden ska vara samma som eller efter från-månaden"));
            assertThat(b.findElement(By.id("tabs:bookingForm:person")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo("Ahmed Karimi");
            petra.assertAccessible();

            WebElement to = b.findElement(By.id("tabs:bookingForm:to"));
            to.clear();
            to.sendKeys("2031-12");
            b.findElement(By.id("tabs:bookingForm:book")).click();
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:bookingForm:bookings"),
                    "Ahmed Karimi"));
            new Select(b.findElement(By.id("tabs:bookingForm:kindCode"))).selectByValue("LEGAL");
            b.findElement(By.id("tabs:bookingForm:from")).sendKeys("2031-06");
            b.findElement(By.id("tabs:bookingForm:to")).sendKeys("2031-06");
            b.findElement(By.id("tabs:bookingForm:hoursPerMonth")).sendKeys("120");
            b.findElement(By.id("tabs:bookingForm:book")).click();
            wait(b).until(d -> d.findElements(By.cssSelector("[id='tabs:bookingForm:bookings'] tbody tr")).size() == 2);
            petra.assertAccessible();

            tab(b, "Status");
            report(b, "AMBER", "20", "Leverantören är två veckor sen.");
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:statusForm:reports"),
                    "Leverantören är två veckor sen."));
            report(b, "GREEN", "45", "Testerna i hemtjänsten gick bra.");
            wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:statusForm:reports"),
                    "Testerna i hemtjänsten gick bra."));
            WebElement canvas = petra.waitFor(By.cssSelector("[id='tabs:statusForm:statusChart'] canvas"));
            assertThat(canvas.getAttribute("aria-label")).contains("procent");
            assertThat(((JavascriptExecutor) b).executeScript("return arguments[0].width > 0 && "
                    + "typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) != null", canvas))
                    .as("the chart is drawn").isEqualTo(true);
            assertThat(b.findElements(By.cssSelector("[id='tabs:statusForm:reports'] tbody tr"))).hasSize(2);
            petra.assertAccessible();

            tab(b, "Nyttor");
            petra.waitFor(By.id("tabs:benefitForm:description")).sendKeys("Kortare tid från beslut till insats");
            b.findElement(By.id("tabs:benefitForm:stakeholder")).sendKeys("Brukare i hemtjänsten");
            new Select(b.findElement(By.id("tabs:benefitForm:type"))).selectByValue("QUALITY");
            b.findElement(By.id("tabs:benefitForm:indicator")).sendKeys("Dagar från beslut till insats");
            b.findElement(By.id("tabs:benefitForm:baseline")).sendKeys("14");
            b.findElement(By.id("tabs:benefitForm:target")).sendKeys("5");
            b.findElement(By.id("tabs:benefitForm:owner")).sendKeys("Olle Strand");
            b.findElement(By.id("tabs:benefitForm:addBenefit")).click();
            WebElement section = wait(b).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.benefit")));
            assertThat(section.getText()).contains("Kortare tid från beslut till insats", "Kvalitativ nytta");
            WebElement day = section.findElement(By.cssSelector("input[id$=':measuredOn']"));
            ((JavascriptExecutor) b).executeScript("arguments[0].value = '2031-09-30'", day);
            section.findElement(By.cssSelector("input[id$=':value']")).sendKeys("9,5");
            section.findElement(By.cssSelector("button[id$=':measure']")).click();
            wait(b).until(d -> !d.findElements(By.cssSelector("section.benefit table.measurements")).isEmpty());
            assertThat(b.findElement(By.cssSelector("section.benefit table.measurements")).getText())
                    .contains("2031-09-30", "9.5");
            petra.assertAccessible();

            petra.open("/portfolio/capacity.xhtml");
            petra.waitFor(By.id("capacity"));
            b.findElement(By.id("range:from")).clear();
            b.findElement(By.id("range:from")).sendKeys("2031-01");
            b.findElement(By.id("range:show")).click();
            wait(b).until(d -> !d.findElements(By.cssSelector("tr[data-kind='LEGAL'] td[data-month='2031-06']")).isEmpty());
            WebElement legalJune = b.findElement(By.cssSelector("tr[data-kind='LEGAL'] td[data-month='2031-06']"));
            assertThat(legalJune.getAttribute("data-overbooked")).as("120 booked against 80").isEqualTo("true");
            assertThat(legalJune.getText()).contains("/ 80", "överbokad");
            assertThat(b.findElement(By.cssSelector("tr[data-kind='DEVELOPER'] td[data-month='2031-09']")).getText())
                    .doesNotStartWith("0 /").contains("/ 640");
            petra.assertAccessible();
        }
    }

    private static void report(WebDriver b, String status, String progress, String note) {
        new Select(b.findElement(By.id("tabs:statusForm:status"))).selectByValue(status);
        b.findElement(By.id("tabs:statusForm:progress")).sendKeys(progress);
        b.findElement(By.id("tabs:statusForm:note")).sendKeys(note);
        b.findElement(By.id("tabs:statusForm:fileReport")).click();
    }

    private static void tab(WebDriver b, String title) {
        wait(b).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space()='" + title + "']"))).click();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                List<WebElement> messages = driver.findElements(By.id("messages"));
                return super.timeoutException(message + (messages.isEmpty() ? "" : " — page says: "
                        + messages.get(0).getText()), lastException);
            }
        };
    }
}
