package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One case's place in a {@link Ranking}; only the ranking moves it, so positions stay 1..n without gaps. */
@Entity
@Table(name = "beredning_ranking_entry")
public class RankingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ranking_id", nullable = false)
    private Ranking ranking;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false)
    private int position;

    protected RankingEntry() {
    }

    RankingEntry(Ranking ranking, long caseId, String caseNumber, int position) {
        this.ranking = ranking;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.position = position;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public int position() { return position; }
}
