package se.digiportal.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.digiportal.intake.domain.InitiativeStatus;

/** The read models intake hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /** One line of a case list; {@code caseNumber} and {@code submittedAt} are null while a draft. */
    public record InitiativeSummary(long id, String caseNumber, String title, String serviceAreaCode,
                                    InitiativeStatus status, Instant submittedAt) {
        public boolean isDraft() {
            return status == InitiativeStatus.DRAFT;
        }
    }

    /** A met criterion: its stable code and the Swedish explanation. */
    public record CriterionView(String code, String explanation) {
    }

    /** The criteria check: what is met, or (when nothing is) the guidance with the contact details. */
    public record CriteriaView(List<CriterionView> criteria, boolean noneMet, String guidance) {
    }

    public record ContactView(String name, String email, String phone) {
    }

    /**
     * A case as its submitter and the permitted roles see it: the template's answers with the API contract's
     * names, plus case number, status, arrival time (ISO-8601, UTC) and the criteria stored with it.
     */
    public record InitiativeView(String caseNumber, String status, String submittedAt, String submittedBy,
                                 String title, String need, String proposedSolution, String expectedBenefits,
                                 List<String> beneficiaries, String serviceArea, String orgUnit, ContactView contact,
                                 String responsibleDirector, List<String> affectedOrgUnits,
                                 Integer estimatedTotalHours, Map<String, Integer> sharedResourceHours,
                                 Boolean financingClear, String financingSource, Boolean newItSupport,
                                 Boolean newIntegrations, String integrationsWith, Boolean externalProcessing,
                                 String externalParty, Boolean pilot, String desiredStart,
                                 List<CriterionView> criteria) {
    }

    /** A submitted case that resembles the text being written; a hint to join forces. */
    public record SimilarView(String caseNumber, String title, String serviceArea, double relevance) {
    }

    /** An attached file as listed to its submitter. */
    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {
    }

    /** One entry of a case's timeline; the time as ISO-8601 UTC text. */
    public record TimelineView(String occurredAt, String kind, String detail) {
    }

    /** A saved draft, to resume by id. */
    public record DraftSaved(long id, Instant savedAt) {
    }

    /** An open completion request as the submitter and the beredningsgrupp see it; dates as ISO-8601 text. */
    public record CompletionRequestView(String caseNumber, String whatToComplete, String deadline, String requestedBy,
                                        String requestedAt) {
    }

    /** One version in a case's list; {@code answer} is null for version 1, what was submitted. */
    public record VersionSummary(int number, String createdAt, String createdBy, String answer, boolean current) {
    }

    /** One version of a case's revisable text, as it stood then. */
    public record VersionView(String caseNumber, int number, String createdAt, String createdBy, String answer,
                              String title, String need, String proposedSolution, String expectedBenefits,
                              String responsibleDirector, Integer estimatedTotalHours, String financingSource,
                              String integrationsWith, String externalParty) {
    }
}
