package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The revisable text of a case as it stood at one version: 1 is what was submitted, each answered completion
 * adds the next. Immutable (no setter, not updatable, and a database trigger refuses updates), because it is the
 * record of what the beredningsgrupp was given.
 */
@Entity
@Table(name = "intake_initiative_version")
public class InitiativeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Lob
    @Column(updatable = false)
    private String answer;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Lob
    @Column(nullable = false, updatable = false)
    private String need;

    @Lob
    @Column(name = "proposed_solution", updatable = false)
    private String proposedSolution;

    @Lob
    @Column(name = "expected_benefits", updatable = false)
    private String expectedBenefits;

    @Column(name = "responsible_director", updatable = false, length = 200)
    private String responsibleDirector;

    @Column(name = "estimated_total_hours", updatable = false)
    private Integer estimatedTotalHours;

    @Column(name = "financing_source", updatable = false, length = 500)
    private String financingSource;

    @Column(name = "integrations_with", updatable = false, length = 1000)
    private String integrationsWith;

    @Column(name = "external_party", updatable = false, length = 500)
    private String externalParty;

    protected InitiativeVersion() {
    }

    /**
     * @param answer the submitter's answer to the completion request that made this version; null for version 1
     */
    public InitiativeVersion(long initiativeId, int number, Instant createdAt, String createdBy, String answer,
                             InitiativeRevision text) {
        if (number < 1) {
            throw new IllegalArgumentException("versions count from 1, not " + number);
        }
        if ((number == 1) != (answer == null)) {
            throw new IllegalArgumentException("every version but the submitted one answers a completion request");
        }
        this.initiativeId = initiativeId;
        this.number = number;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.answer = answer;
        this.title = Objects.requireNonNull(text.title(), "title");
        this.need = Objects.requireNonNull(text.need(), "need");
        this.proposedSolution = text.proposedSolution();
        this.expectedBenefits = text.expectedBenefits();
        this.responsibleDirector = text.responsibleDirector();
        this.estimatedTotalHours = text.estimatedTotalHours();
        this.financingSource = text.financingSource();
        this.integrationsWith = text.integrationsWith();
        this.externalParty = text.externalParty();
    }

    public InitiativeRevision text() {
        return new InitiativeRevision(title, need, proposedSolution, expectedBenefits, responsibleDirector,
                estimatedTotalHours, financingSource, integrationsWith, externalParty);
    }

    public Long id() { return id; }
    public Long initiativeId() { return initiativeId; }
    public int number() { return number; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public String answer() { return answer; }
}
