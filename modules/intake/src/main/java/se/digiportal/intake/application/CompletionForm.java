package se.digiportal.intake.application;

import java.io.Serializable;
import se.digiportal.intake.domain.InitiativeRevision;

/**
 * The submitter's answer to a completion request with the revised text, as the page and the API send it. A field
 * left out (null) stays as it is; a field sent blank is removed, which the rules refuse for an answer the case
 * had. The page sends every field, so a field the submitter empties arrives blank, not left out.
 */
public class CompletionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String answer;
    private String title;
    private String need;
    private String proposedSolution;
    private String expectedBenefits;
    private String responsibleDirector;
    private Integer estimatedTotalHours;
    private String financingSource;
    private String integrationsWith;
    private String externalParty;

    /** A form holding the current text, for the page to show before the submitter revises it. */
    static CompletionForm of(InitiativeRevision current) {
        CompletionForm f = new CompletionForm();
        f.title = current.title();
        f.need = current.need();
        f.proposedSolution = current.proposedSolution();
        f.expectedBenefits = current.expectedBenefits();
        f.responsibleDirector = current.responsibleDirector();
        f.estimatedTotalHours = current.estimatedTotalHours();
        f.financingSource = current.financingSource();
        f.integrationsWith = current.integrationsWith();
        f.externalParty = current.externalParty();
        return f;
    }

    /** The revised text: what was sent, and the current text for what was left out. */
    InitiativeRevision revisionOf(InitiativeRevision current) {
        return new InitiativeRevision(or(title, current.title()), or(need, current.need()),
                or(proposedSolution, current.proposedSolution()), or(expectedBenefits, current.expectedBenefits()),
                or(responsibleDirector, current.responsibleDirector()),
                estimatedTotalHours == null ? current.estimatedTotalHours() : estimatedTotalHours,
                or(financingSource, current.financingSource()), or(integrationsWith, current.integrationsWith()),
                or(externalParty, current.externalParty()));
    }

    /** For the page: every field it shows counts as sent, so an emptied field is a removal, not "unchanged". */
    public void markAllSent() {
        title = blank(title);
        need = blank(need);
        proposedSolution = blank(proposedSolution);
        expectedBenefits = blank(expectedBenefits);
        responsibleDirector = blank(responsibleDirector);
        financingSource = blank(financingSource);
        integrationsWith = blank(integrationsWith);
        externalParty = blank(externalParty);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String or(String sent, String current) {
        return sent == null ? current : sent;
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getProposedSolution() { return proposedSolution; }
    public void setProposedSolution(String proposedSolution) { this.proposedSolution = proposedSolution; }
    public String getExpectedBenefits() { return expectedBenefits; }
    public void setExpectedBenefits(String expectedBenefits) { this.expectedBenefits = expectedBenefits; }
    public String getResponsibleDirector() { return responsibleDirector; }
    public void setResponsibleDirector(String responsibleDirector) { this.responsibleDirector = responsibleDirector; }
    public Integer getEstimatedTotalHours() { return estimatedTotalHours; }
    public void setEstimatedTotalHours(Integer estimatedTotalHours) { this.estimatedTotalHours = estimatedTotalHours; }
    public String getFinancingSource() { return financingSource; }
    public void setFinancingSource(String financingSource) { this.financingSource = financingSource; }
    public String getIntegrationsWith() { return integrationsWith; }
    public void setIntegrationsWith(String integrationsWith) { this.integrationsWith = integrationsWith; }
    public String getExternalParty() { return externalParty; }
    public void setExternalParty(String externalParty) { this.externalParty = externalParty; }
}
