package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One member's answer in a snabbsamråd; changed in place while the samråd is open. */
@Entity
@Table(name = "council_consultation_response")
public class ConsultationResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Column(nullable = false, length = 100)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationAnswer answer;

    @Column(length = Consultation.TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Version
    private long version;

    protected ConsultationResponse() {
    }

    ConsultationResponse(Consultation consultation, String member, ConsultationAnswer answer, String text,
                         Instant respondedAt) {
        this.consultation = consultation;
        this.member = member;
        this.answer = answer;
        this.text = text;
        this.respondedAt = respondedAt;
    }

    void change(ConsultationAnswer answer, String text, Instant at) {
        this.answer = answer;
        this.text = text;
        this.respondedAt = at;
    }

    public String member() { return member; }
    public ConsultationAnswer answer() { return answer; }
    public String text() { return text; }
    public Instant respondedAt() { return respondedAt; }
}
