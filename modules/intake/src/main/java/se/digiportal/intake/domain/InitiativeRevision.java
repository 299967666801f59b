package se.digiportal.intake.domain;

import java.util.ArrayList;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/**
 * The part of a submitted case's text its submitter may revise when the beredningsgrupp asks for a completion.
 * Organisation, service area and the yes/no answers stay as submitted: they route the case, and changing them
 * is the beredningsgrupp's call, not a completion's. Field names are the API contract's.
 */
public record InitiativeRevision(String title, String need, String proposedSolution, String expectedBenefits,
                                 String responsibleDirector, Integer estimatedTotalHours, String financingSource,
                                 String integrationsWith, String externalParty) {

    public InitiativeRevision {
        title = trim(title);
        need = trim(need);
        proposedSolution = trim(proposedSolution);
        expectedBenefits = trim(expectedBenefits);
        responsibleDirector = trim(responsibleDirector);
        financingSource = trim(financingSource);
        integrationsWith = trim(integrationsWith);
        externalParty = trim(externalParty);
    }

    /**
     * What is wrong with this revision of {@code current}: title and need are always required, and an answer the
     * case already had may be reworded but not removed (the template asked for it; a completion adds, it does
     * not take back).
     */
    public List<FieldError> errorsAgainst(InitiativeRevision current) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", title);
        maxLength(errors, "title", title, InitiativeContent.TITLE_MAX_LENGTH);
        required(errors, "need", need);
        maxLength(errors, "need", need, InitiativeContent.TEXT_MAX_LENGTH);
        maxLength(errors, "proposedSolution", proposedSolution, InitiativeContent.TEXT_MAX_LENGTH);
        maxLength(errors, "expectedBenefits", expectedBenefits, InitiativeContent.TEXT_MAX_LENGTH);
        maxLength(errors, "responsibleDirector", responsibleDirector, 200);
        maxLength(errors, "financingSource", financingSource, InitiativeContent.SHORT_MAX_LENGTH);
        maxLength(errors, "integrationsWith", integrationsWith, 1000);
        maxLength(errors, "externalParty", externalParty, InitiativeContent.SHORT_MAX_LENGTH);
        if (estimatedTotalHours != null && estimatedTotalHours < 0) {
            errors.add(new FieldError("estimatedTotalHours", "validation.min"));
        }
        if (current != null) {
            kept(errors, "proposedSolution", current.proposedSolution(), proposedSolution);
            kept(errors, "expectedBenefits", current.expectedBenefits(), expectedBenefits);
            kept(errors, "responsibleDirector", current.responsibleDirector(), responsibleDirector);
            kept(errors, "financingSource", current.financingSource(), financingSource);
            kept(errors, "integrationsWith", current.integrationsWith(), integrationsWith);
            kept(errors, "externalParty", current.externalParty(), externalParty);
            if (current.estimatedTotalHours() != null && estimatedTotalHours == null) {
                errors.add(new FieldError("estimatedTotalHours", "validation.required"));
            }
        }
        return errors;
    }

    private static void kept(List<FieldError> errors, String field, String before, String after) {
        if (before != null && after == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.size.max"));
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
