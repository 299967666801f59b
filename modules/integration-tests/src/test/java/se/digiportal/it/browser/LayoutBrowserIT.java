package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.PortalDeployment;

/** Signing in, the layout and signing out in Chromium, with axe-core on each screen (first views: AllPagesIT). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LayoutBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void annaSignsInSeesHerLayoutAndSignsOut() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.waitFor(By.id("loginForm"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
            browser.assertAccessible();

            browser.signIn("anna", "demo");

            assertThat(browser.driver().findElement(By.id("signed-in-user")).getText())
                    .contains("Anna Lindqvist").contains("Äldreomsorgen");
            List<String> navigation = browser.driver().findElements(By.cssSelector(".portal-nav a")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            assertThat(navigation).containsExactly("Initiativ");
            browser.assertAccessible();

            browser.driver().findElement(By.id("nav-INTAKE")).click();
            browser.waitFor(By.cssSelector("main h1"));
            assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo("Mina ärenden");
            browser.assertAccessible();

            browser.driver().findElement(By.id("headerForm:signOut")).click();
            browser.waitFor(By.id("logged-out"));
            browser.open("/intake/index.xhtml");
            browser.waitFor(By.id("loginForm"));
        }
    }

    @Test
    void theLanguageCanBeSwitchedToEnglishAndBack() {
        try (Browser browser = new Browser()) {
            browser.signIn("anna", "demo");
            browser.driver().findElement(By.id("headerForm:language")).click();
            browser.waitFor(By.cssSelector("html[lang='en']"));
            assertThat(browser.driver().findElement(By.id("nav-INTAKE")).getText()).contains("Initiatives");
            browser.assertAccessible();
            browser.driver().findElement(By.id("headerForm:language")).click();
            browser.waitFor(By.cssSelector("html[lang='sv']"));
            assertThat(browser.driver().findElement(By.id("nav-INTAKE")).getText()).contains("Initiativ");
        }
    }

    @Test
    void anAdministratorCreatesAUserWhoThenSignsInWithTheGivenRole() {
        String username = "test" + (System.nanoTime() % 100_000);
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/users.xhtml");
            browser.waitFor(By.id("userList:newUser")).click();
            browser.waitFor(By.id("userForm:username")).sendKeys(username);
            browser.driver().findElement(By.id("userForm:fullName")).sendKeys("Tove Testsson");
            browser.driver().findElement(By.id("userForm:email")).sendKeys(username + "@adalen.example");
            chooseOrgUnit(browser, "Digitaliseringsenheten");
            // roles are listed in the order of the Role enum: SUBMITTER (preselected), PREPARER, ...
            browser.driver().findElement(By.cssSelector("label[for='userForm:roles:1']")).click();
            browser.driver().findElement(By.id("userForm:newPassword")).sendKeys("kort");
            browser.driver().findElement(By.id("userForm:save")).click();
            browser.waitFor(By.cssSelector("#userForm .ui-message-error"));
            assertThat(browser.driver().findElements(By.cssSelector("#userForm .ui-message-error")))
                    .extracting(WebElement::getText)
                    .containsExactly("Lösenordet måste vara minst 8 tecken.");
            browser.assertAccessible();

            browser.driver().findElement(By.id("userForm:newPassword")).sendKeys("hemligt-123");
            browser.driver().findElement(By.id("userForm:save")).click();
            browser.waitFor(By.cssSelector(".page-message-info"));
            browser.assertAccessible();
            assertThat(browser.driver().findElement(By.id("userList:users")).getText()).contains("Tove Testsson");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(username, "hemligt-123");
            List<String> navigation = browser.driver().findElements(By.cssSelector(".portal-nav a")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            assertThat(navigation).contains("Beredning").doesNotContain("Administration");
        }
    }

    /**
     * Picks an org unit in the PrimeFaces select menu (open, filter, choose). The menu animates; on a loaded
     * machine a first click can land before it is ready, so the choice is tried again until it has taken.
     */
    private static void chooseOrgUnit(Browser browser, String name) {
        By label = By.id("userForm:orgUnitId_label");
        for (int attempt = 0; attempt < 3 && !name.equals(browser.driver().findElement(label).getText()); attempt++) {
            browser.driver().findElement(By.id("userForm:orgUnitId")).click();
            WebElement filter = browser.waitFor(By.id("userForm:orgUnitId_filter"));
            filter.clear();
            filter.sendKeys(name);
            browser.waitFor(By.cssSelector("#userForm\\:orgUnitId_panel li[data-label='" + name + "']")).click();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(label, name));
            } catch (org.openqa.selenium.TimeoutException e) {
                // not taken yet: the loop opens the menu again
            }
        }
        assertThat(browser.driver().findElement(label).getText()).isEqualTo(name);
    }

    @Test
    void aWrongPasswordIsToldInSwedishAtTheForm() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.waitFor(By.id("username")).sendKeys("anna");
            browser.driver().findElement(By.id("password")).sendKeys("fel", Keys.ENTER);
            assertThat(browser.waitFor(By.id("login-failed")).getText()).contains("Fel användarnamn eller lösenord");
            browser.assertAccessible();
        }
    }

    @Test
    void theSkipLinkLeadsToTheMainContent() {
        try (Browser browser = new Browser()) {
            browser.signIn("anna", "demo");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Hoppa till huvudinnehållet");
            focused.sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        }
    }

    @Test
    void anAdministratorSeesTheForvaltningschefAndMeetsASwedishErrorAtTheField() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/index.xhtml");
            browser.waitFor(By.cssSelector("button[aria-label='Ändra Socialförvaltningen']")).click();
            WebElement manager = browser.waitFor(By.id("orgUnitForm:manager"));
            assertThat(manager.getAttribute("value")).isEqualTo("olle");
            manager.clear();
            manager.sendKeys("ingen.sadan");
            browser.driver().findElement(By.id("orgUnitForm:save")).click();
            assertThat(browser.waitFor(By.cssSelector("#orgUnitForm .ui-message-error")).getText())
                    .contains("Det finns ingen aktiv användare");
            assertThat(browser.driver().findElement(By.id("orgUnitForm:manager")).getAttribute("value"))
                    .as("nothing lost").isEqualTo("ingen.sadan");
            browser.assertAccessible();
            browser.driver().findElement(By.id("orgUnitForm:cancel")).click();
        }
    }

    @Test
    void anAdministratorChangesASettingAndMeetsASwedishErrorAtTheField() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/settings.xhtml");
            browser.waitFor(By.cssSelector("#settingList\\:settings button")).click();
            WebElement value = browser.waitFor(By.id("settingForm:value"));
            value.clear();
            value.sendKeys("fyrtio");
            browser.driver().findElement(By.id("settingForm:save")).click();
            assertThat(browser.waitFor(By.cssSelector("#settingForm .ui-message-error")).getText())
                    .contains("Ange ett heltal");
            browser.assertAccessible();

            value = browser.driver().findElement(By.id("settingForm:value"));
            value.clear();
            value.sendKeys("40");
            browser.driver().findElement(By.id("settingForm:save")).click();
            browser.waitFor(By.cssSelector(".page-message-info"));
            browser.assertAccessible();
            assertThat(browser.driver().findElement(By.id("settingList:settings")).getText()).contains("(admin)");
        }
    }
}
