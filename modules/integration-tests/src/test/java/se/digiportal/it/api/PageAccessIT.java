package se.digiportal.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.kernel.api.Role;
import se.digiportal.web.security.Area;

/** Every area's pages admit exactly the roles the Area registry names; the rest get 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

    /** One demo user per role (see the kernel's demo data). */
    private static final Map<Role, String> USER_WITH_ONLY = Map.of(
            Role.SUBMITTER, "anna",
            Role.PREPARER, "berit",
            Role.PROJECT_OFFICE, "petra",
            Role.OBJECT_LEAD, "lena",
            Role.SYSTEM_SPECIALIST, "sara",
            Role.ADMIN, "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void withoutSigningInEveryPageLeadsToTheLoginForm() throws Exception {
        for (Area area : Area.values()) {
            HttpResponse<String> response = Http.anonymous().get(area.home());
            assertThat(response.statusCode()).as(area.home()).isIn(200, 302);
            if (response.statusCode() == 200) {
                assertThat(response.body()).contains("j_security_check");
            }
        }
    }

    @Test
    void eachAreaAdmitsItsRolesAndForbidsTheOthers() throws Exception {
        for (var entry : USER_WITH_ONLY.entrySet()) {
            Http session = Http.signedIn(entry.getValue(), "demo");
            for (Area area : Area.values()) {
                int status = session.get(area.home()).statusCode();
                int expected = area.roles().contains(entry.getKey()) ? 200 : 403;
                assertThat(status).as(entry.getValue() + " on " + area.home()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theForbiddenPageShowsACorrelationIdAndNoStackTrace() throws Exception {
        HttpResponse<String> response = Http.signedIn("anna", "demo").get("/admin/index.xhtml");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Du saknar behörighet").contains("correlation-id")
                .doesNotContain("\tat ").doesNotContain("Caused by");
        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(response.body()).contains(id);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = Http.anonymous().get("/login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).contains("lang=\"sv\"");
    }

    @Test
    void productionStageIsTheDefaultOutsideTheRunCommand() throws Exception {
        // The test server runs without digiportal.faces.stage, as production does.
        HttpResponse<String> response = Http.signedIn("anna", "demo").get("/index.xhtml");
        assertThat(response.body()).doesNotContain("Development");
    }
}
