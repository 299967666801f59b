package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A planned initiative, short or long term. It links to an intake case by its diarienummer only: objects never
 * reaches into intake, and the case may be started after the plan is written.
 */
@Embeddable
public class PlannedInitiative {

    @Enumerated(EnumType.STRING)
    @Column(name = "term", nullable = false, length = 10)
    private Term term;

    @Column(name = "title", nullable = false, length = PlanText.SHORT_TEXT)
    private String title;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    protected PlannedInitiative() {
    }

    public PlannedInitiative(Term term, String title, String caseNumber) {
        if (term == null) {
            throw InvalidInputException.of("initiatives", "plan.initiative.term");
        }
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim();
        if (number != null && !CaseNumber.isValid(number)) {
            throw InvalidInputException.of("initiatives", "plan.initiative.caseNumber");
        }
        this.term = term;
        this.title = PlanText.required(title, "initiatives");
        this.caseNumber = number;
    }

    public Term term() { return term; }
    public String title() { return title; }
    public String caseNumber() { return caseNumber; }

    @Override
    public String toString() {
        return term + " " + title + (caseNumber == null ? "" : " [" + caseNumber + "]");
    }
}
