package se.digiportal.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.digiportal.kernel.application.MailMessage;

/** Sends {@link MailMessage}s over the server's mail session, off the request thread, after commit. */
@ApplicationScoped
public class SmtpMailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());

    @Resource(lookup = DataSources.MAIL)
    Session session;

    @Resource
    ManagedExecutorService executor;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage message) {
        executor.submit(() -> deliver(message));
    }

    void deliver(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            for (String to : message.to()) {
                mime.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            if (message.attachments().isEmpty()) {
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart multipart = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.body(), StandardCharsets.UTF_8.name());
                multipart.addBodyPart(text);
                for (MailMessage.Attachment a : message.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    part.setFileName(a.fileName());
                    multipart.addBodyPart(part);
                }
                mime.setContent(multipart);
            }
            Transport.send(mime);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send mail '" + message.subject() + "' to " + message.to(), e);
        }
    }
}
