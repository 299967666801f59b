package se.digiportal.kernel.infrastructure;

/** JNDI names of the server resources config/wildfly/server.cli creates. */
public final class DataSources {
    public static final String PORTAL = "java:jboss/datasources/DigiportalDS";
    public static final String MAIL = "java:jboss/mail/Digiportal";

    private DataSources() {
    }
}
