package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** One case on a meeting's föredragningslista, in its place, with the council's decision once taken. */
@Entity
@Table(name = "council_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private CouncilMeeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private CouncilReferral referral;

    @Column(nullable = false)
    private int position;

    @Embedded
    private Decision decision;

    @Version
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(CouncilMeeting meeting, CouncilReferral referral, int position) {
        this.meeting = meeting;
        this.referral = referral;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void decide(Decision decision) {
        if (decided()) {
            throw new IllegalStateException("item " + id + " is already decided");
        }
        referral.decided(decision.outcome());
        this.decision = decision;
    }

    public boolean decided() {
        return decision != null && decision.outcome() != null;
    }

    public Long id() { return id; }
    public CouncilMeeting meeting() { return meeting; }
    public CouncilReferral referral() { return referral; }
    public int position() { return position; }
    public Optional<Decision> decision() { return decided() ? Optional.of(decision) : Optional.empty(); }
}
