package se.digiportal.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Smtp;

/** The server's mail session reaches a real SMTP server (GreenMail on the port the server was given). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Smtp.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @Test
    void anAdministratorsTestMailArrives() throws Exception {
        var response = Http.basic("admin", "demo").postJson("/api/v1/admin/test-mail", "{\"to\":\"it-drift@adalen.example\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(SMTP.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Testmejl från Digitaliseringsportalen");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("it-drift@adalen.example");
        assertThat((String) mail.getContent()).contains("e-postinställningar fungerar");
    }

    @Test
    void onlyAnAdministratorMaySendIt() throws Exception {
        var response = Http.basic("anna", "demo").postJson("/api/v1/admin/test-mail", "{\"to\":\"x@adalen.example\"}");
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
