package se.digiportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.digiportal.it.council.ReferredCases;
import se.digiportal.it.support.Browser;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.kernel.api.Role;
import se.digiportal.web.security.Area;

/**
 * Every page of the portal, found on disk under the web module's webapp: each one opens for a user who may see
 * it (HTTP 200, its main heading, no error page, axe-core clean in Chromium), asks an anonymous visitor to sign
 * in, and answers 403 to a signed-in user without its area's roles. A page file missing from {@link #PAGES}
 * fails the build, so a new page is covered from the day it is added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllPagesIT {

    /** Signs in through the form only; no user means the anonymous visitor. */
    private static final String ANONYMOUS = null;

    /**
     * Each page file, who may open it and how its URL is made. Kept in order of user so one browser session
     * serves each user's pages.
     */
    private static final List<Page> PAGES = List.of(
            new Page("login.xhtml", ANONYMOUS, f -> "/login.xhtml"),

            new Page("index.xhtml", "anna", f -> "/index.xhtml"),
            new Page("error.xhtml", "anna", f -> "/no-such-page.xhtml", 404),
            new Page("intake/index.xhtml", "anna", f -> "/intake/index.xhtml"),
            new Page("intake/wizard.xhtml", "anna", f -> "/intake/wizard.xhtml"),
            new Page("intake/receipt.xhtml", "anna", f -> "/intake/receipt.xhtml?case=" + f.referredCase()),

            new Page("beredning/index.xhtml", "berit", f -> "/beredning/index.xhtml"),
            new Page("beredning/case.xhtml", "berit", f -> "/beredning/case.xhtml?case=" + f.referredCase()),
            new Page("beredning/underlag.xhtml", "berit", f -> "/beredning/underlag.xhtml?case=" + f.referredCase()),
            new Page("beredning/meetings.xhtml", "berit", f -> "/beredning/meetings.xhtml"),
            new Page("beredning/meeting.xhtml", "berit", f -> "/beredning/meeting.xhtml?id=" + f.beredningMeeting()),
            new Page("beredning/ranking.xhtml", "berit", f -> "/beredning/ranking.xhtml?area=SOCIAL"),
            new Page("beredning/settings.xhtml", "berit", f -> "/beredning/settings.xhtml"),
            new Page("portfolio/index.xhtml", "berit", f -> "/portfolio/index.xhtml"),

            new Page("council/index.xhtml", "rolf", f -> "/council/index.xhtml"),
            new Page("council/meeting.xhtml", "rolf", f -> "/council/meeting.xhtml?id=" + f.councilMeeting()),
            new Page("council/consultations.xhtml", "rolf", f -> "/council/consultations.xhtml"),
            new Page("council/consultation.xhtml", "rolf", f -> "/council/consultation.xhtml?id=" + f.consultation()),
            new Page("council/members.xhtml", "rolf", f -> "/council/members.xhtml"),

            new Page("portfolio/item.xhtml", "petra", f -> "/portfolio/item.xhtml?id=" + f.portfolioItem()),
            new Page("portfolio/capacity.xhtml", "petra", f -> "/portfolio/capacity.xhtml"),
            new Page("portfolio/priorities.xhtml", "petra", f -> "/portfolio/priorities.xhtml"),
            new Page("portfolio/scenarios.xhtml", "petra", f -> "/portfolio/scenarios.xhtml"),
            new Page("portfolio/dashboard.xhtml", "petra", f -> "/portfolio/dashboard.xhtml"),
            new Page("portfolio/synergies.xhtml", "petra", f -> "/portfolio/synergies.xhtml"),

            new Page("objects/index.xhtml", "lena", f -> "/objects/index.xhtml"),
            new Page("objects/object.xhtml", "lena", f -> "/objects/object.xhtml?id=" + f.careObject()),
            new Page("objects/plan.xhtml", "lena",
                    f -> "/objects/plan.xhtml?object=" + f.careObject() + "&year=" + Year.now().plusYears(1)),
            new Page("objects/systems.xhtml", "lena", f -> "/objects/systems.xhtml"),
            new Page("objects/tasks.xhtml", "sara", f -> "/objects/tasks.xhtml"),

            new Page("objects/inventory.xhtml", "admin", f -> "/objects/inventory.xhtml"),
            new Page("admin/index.xhtml", "admin", f -> "/admin/index.xhtml"),
            new Page("admin/users.xhtml", "admin", f -> "/admin/users.xhtml"),
            new Page("admin/service-areas.xhtml", "admin", f -> "/admin/service-areas.xhtml"),
            new Page("admin/settings.xhtml", "admin", f -> "/admin/settings.xhtml"),
            new Page("admin/audit.xhtml", "admin", f -> "/admin/audit.xhtml"));

    private static final Pattern COMPOSITION = Pattern.compile("<ui:composition\\b[^>]*>");
    private static final Fixtures FIXTURES = new Fixtures();
    private static final Map<String, Http> HTTP_SESSIONS = new HashMap<>();
    private static Browser browser;
    private static String browserUser = "";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageFileIsInTheTableAndEveryEntryHasAFile() {
        Set<String> files = pageFiles();
        Set<String> table = PAGES.stream().map(Page::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unlisted = new TreeSet<>(files);
        unlisted.removeAll(table);
        Set<String> withoutFile = new TreeSet<>(table);
        withoutFile.removeAll(files);

        assertThat(unlisted).as("page files under %s that AllPagesIT.PAGES does not list: add each new page to the "
                + "table (a user who may open it and its URL) so it is checked for access and accessibility",
                webapp()).isEmpty();
        assertThat(withoutFile).as("AllPagesIT.PAGES entries without a page file: remove or rename them").isEmpty();
        assertThat(PAGES).as("each page once in the table").hasSameSizeAs(table);
    }

    /** A fragment is left out of the table only because the pages that include it are checked. */
    @Test
    void everyFragmentIsIncludedByACheckedPage() {
        String pages = pageFiles().stream().map(AllPagesIT::read).collect(Collectors.joining("\n"));
        assertThat(fragmentFiles()).as("fragments").isNotEmpty()
                .allSatisfy(fragment -> assertThat(pages).as("a page including /" + fragment)
                        .contains("<ui:include src=\"/" + fragment + "\""));
    }

    /** The receipt page shows a case to its own submitter's side only: another förvaltning's submitter is told no. */
    @Test
    void aSubmitterOfAnotherDepartmentDoesNotSeeAnnasCase() throws Exception {
        String path = "/intake/receipt.xhtml?case=" + FIXTURES.referredCase();

        HttpResponse<String> erik = http("erik").get(path);

        assertThat(erik.statusCode()).isEqualTo(200);
        assertThat(erik.body()).contains("Ärendet finns inte.").doesNotContain(Fixtures.CASE_TITLE);
    }

    @TestFactory
    Stream<DynamicNode> everyPage() {
        return Stream.of(
                dynamicContainer("renders accessibly for a user who may open it", PAGES.stream().map(page ->
                        dynamicTest(page.file() + " as " + (page.user() == null ? "anonymous" : page.user()),
                                () -> rendersAccessibly(page)))),
                dynamicContainer("asks an anonymous visitor to sign in", PAGES.stream()
                        .filter(page -> page.user() != null && page.status() == 200).map(page ->
                                dynamicTest(page.file(), () -> asksToSignIn(page)))),
                dynamicContainer("is forbidden to a user without the area's roles", PAGES.stream()
                        .filter(page -> page.area() != null).map(page ->
                                dynamicTest(page.file() + " for " + page.forbiddenUser(), () -> isForbidden(page)))));
    }

    private static void rendersAccessibly(Page page) throws Exception {
        String path = page.url(FIXTURES);
        HttpResponse<String> response = (page.user() == null ? Http.anonymous() : http(page.user())).get(path);
        assertThat(response.statusCode()).as("HTTP status of %s", path).isEqualTo(page.status());

        Browser b = browserFor(page.user());
        b.open(path);
        assertThat(b.waitFor(By.cssSelector("main h1")).getText()).as("main heading of %s", path).isNotBlank();
        assertThat(b.driver().findElements(By.id("error-heading"))).as("error page shown for %s", path)
                .hasSize(page.status() == 200 ? 0 : 1);
        b.assertAccessible();
    }

    private static void asksToSignIn(Page page) throws Exception {
        HttpResponse<String> response = Http.anonymous().get(page.url(FIXTURES));
        assertThat(response.statusCode()).isIn(200, 302);
        if (response.statusCode() == 200) {
            assertThat(response.body()).contains("j_security_check");
        } else {
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("login"));
        }
    }

    private static void isForbidden(Page page) throws Exception {
        String path = page.url(FIXTURES);
        HttpResponse<String> response = http(page.forbiddenUser()).get(path);
        assertThat(response.statusCode()).as("%s for %s", path, page.forbiddenUser()).isEqualTo(403);
        assertThat(response.body()).contains("error-heading").doesNotContain(" at se.digiportal");
    }

    /** One Chromium session per user, reused for that user's run of pages in the table. */
    private static Browser browserFor(String user) {
        String key = user == null ? "" : user;
        if (browser == null || !key.equals(browserUser)) {
            if (browser != null) {
                browser.close();
            }
            browser = new Browser();
            browserUser = key;
            if (user != null) {
                browser.signIn(user, "demo");
            }
        }
        return browser;
    }

    private static Http http(String user) throws Exception {
        Http session = HTTP_SESSIONS.get(user);
        if (session == null) {
            session = Http.signedIn(user, "demo");
            HTTP_SESSIONS.put(user, session);
        }
        return session;
    }

    private static Path webapp() {
        return Path.of(System.getProperty("digiportal.webapp", "../web/src/main/webapp")).toAbsolutePath().normalize();
    }

    /** The .xhtml files outside WEB-INF, relative to the webapp, with forward slashes. */
    private static Set<String> xhtmlFiles() {
        try (Stream<Path> files = Files.walk(webapp())) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp().relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> pageFiles() {
        return xhtmlFiles().stream().filter(f -> !isFragment(f)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fragmentFiles() {
        return xhtmlFiles().stream().filter(AllPagesIT::isFragment).collect(Collectors.toCollection(TreeSet::new));
    }

    /** An include: a ui:composition with no template and no html of its own. */
    private static boolean isFragment(String file) {
        String text = read(file);
        Matcher composition = COMPOSITION.matcher(text);
        return !text.contains("<html") && composition.find() && !composition.group().contains("template=");
    }

    private static String read(String file) {
        try {
            return Files.readString(webapp().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Url {
        String of(Fixtures fixtures) throws Exception;
    }

    /** A page file, the user who opens it (null: anonymous), its URL and the HTTP status it answers with. */
    private record Page(String file, String user, Url url, int status) {

        Page(String file, String user, Url url) {
            this(file, user, url, 200);
        }

        String url(Fixtures fixtures) throws Exception {
            return url.of(fixtures);
        }

        Area area() {
            return Area.of("/" + file).orElse(null);
        }

        /** A demo user with none of the area's roles: anna only submits, berit only prepares. */
        String forbiddenUser() {
            return area().admits(Set.of(Role.SUBMITTER)) ? "berit" : "anna";
        }
    }

    /** The cases, meetings and objects the pages with parameters show, created once when first needed. */
    private static final class Fixtures {
        static final String CASE_TITLE = "Alla sidor: e-underskrift av biståndsbeslut";
        private String referredCase;
        private Long councilMeeting;
        private Long consultation;
        private Long beredningMeeting;
        private Long careObject;
        private Long portfolioItem;

        String referredCase() throws Exception {
            if (referredCase == null) {
                referredCase = ReferredCases.referred(CASE_TITLE);
            }
            return referredCase;
        }

        long councilMeeting() throws Exception {
            if (councilMeeting == null) {
                councilMeeting = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
            }
            return councilMeeting;
        }

        long consultation() throws Exception {
            if (consultation == null) {
                String caseNumber = ReferredCases.referred("Alla sidor: upphandling av e-arkiv",
                        "{\"routing\":\"CONSULTATION\",\"consultationMode\":\"SNABBSAMRAD\","
                                + "\"motivation\":\"IT-upphandling.\"}");
                consultation = Http.jsonArray(ReferredCases.ok(Http.basic("rolf", "demo")
                                .get("/api/v1/council/consultations"))).getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("caseNumber").equals(caseNumber)).findFirst().orElseThrow()
                        .getJsonNumber("id").longValue();
            }
            return consultation;
        }

        /** An item in the portfolio: the first of the project office's feed. */
        long portfolioItem() throws Exception {
            if (portfolioItem == null) {
                portfolioItem = Http.json(ReferredCases.ok(Http.basic("petra", "demo")
                                .get("/api/v1/portfolio?page=0&size=1"))).getJsonArray("items")
                        .getJsonObject(0).getJsonNumber("id").longValue();
            }
            return portfolioItem;
        }

        /** The first meeting the beredningsgrupp's meeting plan links to (the demo data plans them). */
        long beredningMeeting() throws Exception {
            if (beredningMeeting == null) {
                String plan = http("berit").get("/beredning/meetings.xhtml").body();
                Matcher link = Pattern.compile("meeting\\.xhtml\\?id=(\\d+)").matcher(plan);
                assertThat(link.find()).as("a meeting linked from the meeting plan").isTrue();
                beredningMeeting = Long.parseLong(link.group(1));
            }
            return beredningMeeting;
        }

        long careObject() throws Exception {
            if (careObject == null) {
                careObject = Http.jsonArray(ReferredCases.ok(Http.basic("lena", "demo").get("/api/v1/objects")))
                        .getValuesAs(JsonObject.class).stream()
                        .filter(o -> "Verksamhetssystem äldreomsorg".equals(o.getString("name"))).findFirst()
                        .orElseThrow().getJsonNumber("id").longValue();
            }
            return careObject;
        }
    }
}
