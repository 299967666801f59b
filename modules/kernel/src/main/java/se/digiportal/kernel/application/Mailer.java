package se.digiportal.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Sends mail once the current transaction has committed (at once when there is none): a rolled-back case
 * change never sends a mail about itself.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    Event<MailMessage> outgoing;

    public void send(MailMessage message) {
        outgoing.fire(message);
    }
}
