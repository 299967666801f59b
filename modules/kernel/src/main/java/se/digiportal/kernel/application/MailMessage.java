package se.digiportal.kernel.application;

import java.util.List;

/** A plain-text mail with optional attachments (e.g. a PDF receipt, an .ics invitation). */
public record MailMessage(List<String> to, String subject, String body, List<Attachment> attachments) {

    public MailMessage {
        if (to == null || to.isEmpty() || to.stream().anyMatch(a -> a == null || !a.contains("@"))) {
            throw new IllegalArgumentException("a mail needs at least one valid recipient");
        }
        to = List.copyOf(to);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MailMessage(String to, String subject, String body) {
        this(List.of(to), subject, body, List.of());
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
