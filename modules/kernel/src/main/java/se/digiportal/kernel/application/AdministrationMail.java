package se.digiportal.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.digiportal.kernel.api.Role;

/** Lets an administrator prove the SMTP settings with a test mail. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AdministrationMail {

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    public void sendTestMail(String to) {
        mailer.send(new MailMessage(to, "Testmejl från Digitaliseringsportalen",
                "Det här är ett testmejl. Portalens e-postinställningar fungerar."));
        audit.record("Mail", to, "TEST_MAIL_SENT", se.digiportal.kernel.domain.Changes.none());
    }
}
