package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a case's underlag draft, by a beredare, the submitter or a colleague the submitter named (seed
 * 000: the underlag is compiled together with them). Comments are never edited: they are the conversation.
 */
@Entity
@Table(name = "beredning_underlag_comment")
public class DecisionBasisComment {

    public static final String AUDIT_TYPE = "DecisionBasisComment";
    public static final int TEXT_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "comment_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DecisionBasisComment() {
    }

    public DecisionBasisComment(long caseId, String author, String authorName, String text, Instant at) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t == null) {
            throw new IllegalArgumentException("a comment needs a text");
        }
        if (t.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("comment is longer than " + TEXT_MAX_LENGTH + " characters");
        }
        this.caseId = caseId;
        this.author = Objects.requireNonNull(author, "author");
        this.authorName = authorName;
        this.text = t;
        this.writtenAt = Objects.requireNonNull(at, "at");
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String author() { return author; }
    public String authorName() { return authorName; }
    public String text() { return text; }
    public Instant writtenAt() { return writtenAt; }
}
