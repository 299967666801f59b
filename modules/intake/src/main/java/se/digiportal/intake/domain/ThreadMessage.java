package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/**
 * One message in a case's thread between the beredningsgrupp and the submitter's side. Written once, never
 * edited: the thread is part of the case's record.
 */
@Entity
@Table(name = "intake_case_message")
public class ThreadMessage {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "from_preparers", nullable = false, updatable = false)
    private boolean fromPreparers;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private String text;

    protected ThreadMessage() {
    }

    /** A message from the beredningsgrupp: subject and text are both required. */
    public static ThreadMessage fromPreparers(long initiativeId, String author, String authorName, String subject,
                                            String text, Instant at) {
        return new ThreadMessage(initiativeId, author, authorName, true, subject, text, at);
    }

    /** The submitter's side answering in the thread: the text is required, the subject is the thread's. */
    public static ThreadMessage reply(long initiativeId, String author, String authorName, String subject, String text,
                                    Instant at) {
        return new ThreadMessage(initiativeId, author, authorName, false, subject, text, at);
    }

    private ThreadMessage(long initiativeId, String author, String authorName, boolean fromPreparers, String subject,
                        String text, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String s = subject == null || subject.isBlank() ? null : subject.trim();
        String t = text == null || text.isBlank() ? null : text.trim();
        if (s == null) {
            errors.add(new FieldError("subject", "validation.required"));
        } else if (s.length() > SUBJECT_MAX_LENGTH) {
            errors.add(new FieldError("subject", "validation.size.max"));
        }
        if (t == null) {
            errors.add(new FieldError("text", "validation.required"));
        } else if (t.length() > TEXT_MAX_LENGTH) {
            errors.add(new FieldError("text", "validation.size.max"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.initiativeId = initiativeId;
        this.author = Objects.requireNonNull(author, "author");
        this.authorName = authorName == null || authorName.isBlank() ? author : authorName;
        this.fromPreparers = fromPreparers;
        this.subject = s;
        this.text = t;
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    /** The subject a reply to this message carries. */
    public String replySubject() {
        String prefix = "Sv: ";
        String s = subject.startsWith(prefix) ? subject : prefix + subject;
        return s.length() > SUBJECT_MAX_LENGTH ? s.substring(0, SUBJECT_MAX_LENGTH) : s;
    }

    public Long id() { return id; }
    public Long initiativeId() { return initiativeId; }
    public Instant sentAt() { return sentAt; }
    public String author() { return author; }
    public String authorName() { return authorName; }
    public boolean fromPreparers() { return fromPreparers; }
    public String subject() { return subject; }
    public String text() { return text; }
}
