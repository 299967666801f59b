package se.digiportal.it.support;

import java.io.File;
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

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        File file = new File(System.getProperty("digiportal.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "digiportal.ear").importFrom(file)
                .as(EnterpriseArchive.class);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addPackage(PortalDeployment.class.getPackage());
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }
}
