package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One recommendation the beredningsgrupp sent to the initiating verksamhet: a topic and what it recommends. */
@Entity
@Table(name = "beredning_recommendation")
public class Recommendation {

    public static final int TOPIC_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = TOPIC_MAX_LENGTH)
    private String topic;

    @Column(name = "recommendation_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "given_by", nullable = false, length = 64)
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Recommendation() {
    }

    public Recommendation(long caseId, String topic, String text, String givenBy, Instant givenAt) {
        this.caseId = caseId;
        this.topic = required(topic, TOPIC_MAX_LENGTH, "topic");
        this.text = required(text, TEXT_MAX_LENGTH, "text");
        this.givenBy = Objects.requireNonNull(givenBy, "givenBy");
        this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
    }

    private static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return v;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String topic() { return topic; }
    public String text() { return text; }
    public String givenBy() { return givenBy; }
    public Instant givenAt() { return givenAt; }
}
