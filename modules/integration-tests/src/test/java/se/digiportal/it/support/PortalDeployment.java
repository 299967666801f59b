package se.digiportal.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

/**
 * The real EAR as the build produced it, with the test classes added to its WAR: every Arquillian test runs
 * against exactly what ships.
 */
public final class PortalDeployment {

    public static final String WAR = "digiportal-web.war";

    private PortalDeployment() {
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal asks every visitor to sign in; Arquillian's own test runner servlet must stay reachable. */
    private static void openTestRunner(WebArchive war) {
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<security-constraint><web-resource-collection><web-resource-name>Arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern><url-pattern>/ArquillianServletRunner</url-pattern>"
                + "</web-resource-collection></security-constraint></web-app>";
        war.delete("WEB-INF/web.xml");
        war.add(new StringAsset(webXml.replace("</web-app>", open)), "WEB-INF/web.xml");
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        File file = new File(System.getProperty("digiportal.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "digiportal.ear").importFrom(file)
                .as(EnterpriseArchive.class);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addPackage(PortalDeployment.class.getPackage());
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        openTestRunner(war);
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }
}
