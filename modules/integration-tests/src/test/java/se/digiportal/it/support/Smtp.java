package se.digiportal.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on the port the test server's mail session was given (it.smtp.port). */
public final class Smtp {

    private Smtp() {
    }

    /**
     * A server started by hand, for tests that also run steps inside the server: the extension would be set up
     * there too, where there is no port to listen on. Stop it when done.
     */
    public static com.icegreen.greenmail.util.GreenMail started() {
        com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
                new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return mail;
    }

    /** The first mail whose subject starts so, waiting up to 20 s for it. */
    public static jakarta.mail.internet.MimeMessage await(com.icegreen.greenmail.util.GreenMail mail,
                                                          String subjectPrefix) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (jakarta.mail.internet.MimeMessage m : mail.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().startsWith(subjectPrefix)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail with subject " + subjectPrefix);
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(
                new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
