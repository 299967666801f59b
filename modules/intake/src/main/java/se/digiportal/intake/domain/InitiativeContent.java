package se.digiportal.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.digiportal.kernel.api.InvalidInputException.FieldError;

/**
 * Everything the fixed template asks (seed 003: fixed templates make cases comparable), in domain types.
 * A draft needs only title, need and service area; a submitted case needs the template's mandatory answers.
 * Field names are those of the API contract, so an error names the field the caller sent.
 */
public record InitiativeContent(String title, String need, String proposedSolution, String expectedBenefits,
                                Set<Beneficiary> beneficiaries, String serviceAreaCode, Long orgUnitId,
                                String orgUnitCode, String contactName, String contactEmail, String contactPhone,
                                String responsibleDirector, Set<String> affectedOrgUnits,
                                Integer estimatedTotalHours, Map<SharedResource, Integer> sharedResourceHours,
                                Boolean financingClear, String financingSource, Boolean newItSupport,
                                Boolean newIntegrations, String integrationsWith, Boolean externalProcessing,
                                String externalParty, Boolean pilot, LocalDate desiredStart) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 10_000;
    public static final int SHORT_MAX_LENGTH = 500;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public InitiativeContent {
        title = trim(title);
        need = trim(need);
        proposedSolution = trim(proposedSolution);
        expectedBenefits = trim(expectedBenefits);
        beneficiaries = beneficiaries == null || beneficiaries.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(beneficiaries));
        serviceAreaCode = trim(serviceAreaCode);
        contactName = trim(contactName);
        contactEmail = trim(contactEmail);
        contactPhone = trim(contactPhone);
        responsibleDirector = trim(responsibleDirector);
        affectedOrgUnits = affectedOrgUnits == null ? Set.of() : Set.copyOf(new TreeSet<>(affectedOrgUnits));
        Map<SharedResource, Integer> hours = new EnumMap<>(SharedResource.class);
        if (sharedResourceHours != null) {
            sharedResourceHours.forEach((k, v) -> {
                if (k != null && v != null) {
                    hours.put(k, v);
                }
            });
        }
        sharedResourceHours = Map.copyOf(hours);
        financingSource = trim(financingSource);
        integrationsWith = trim(integrationsWith);
        externalParty = trim(externalParty);
    }

    /** What the criteria rule needs to know. */
    public CriteriaAnswers criteriaAnswers() {
        return new CriteriaAnswers(estimatedTotalHours, sharedResourceHours, financingClear, newItSupport,
                newIntegrations, externalProcessing, orgUnitCode, affectedOrgUnits);
    }

    /** Errors that stop even a draft from being saved. */
    public List<FieldError> draftErrors() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", title);
        if (title != null && title.length() > TITLE_MAX_LENGTH) {
            errors.add(new FieldError("title", "validation.size.max"));
        }
        required(errors, "need", need);
        required(errors, "serviceArea", serviceAreaCode);
        if (orgUnitId == null) {
            errors.add(new FieldError("orgUnit", "validation.required"));
        }
        maxLength(errors, "need", need, TEXT_MAX_LENGTH);
        maxLength(errors, "proposedSolution", proposedSolution, TEXT_MAX_LENGTH);
        maxLength(errors, "expectedBenefits", expectedBenefits, TEXT_MAX_LENGTH);
        maxLength(errors, "contact.name", contactName, 200);
        maxLength(errors, "contact.email", contactEmail, 200);
        maxLength(errors, "contact.phone", contactPhone, 50);
        maxLength(errors, "responsibleDirector", responsibleDirector, 200);
        maxLength(errors, "financingSource", financingSource, SHORT_MAX_LENGTH);
        maxLength(errors, "integrationsWith", integrationsWith, 1000);
        maxLength(errors, "externalParty", externalParty, SHORT_MAX_LENGTH);
        if (contactEmail != null && !contactEmail.matches(EMAIL)) {
            errors.add(new FieldError("contact.email", "validation.email"));
        }
        if (estimatedTotalHours != null && estimatedTotalHours < 0) {
            errors.add(new FieldError("estimatedTotalHours", "validation.min"));
        }
        sharedResourceHours.forEach((k, v) -> {
            if (v < 0) {
                errors.add(new FieldError("sharedResourceHours." + k.name(), "validation.min"));
            }
        });
        return errors;
    }

    /** Errors that stop a submission: the draft's, plus every mandatory answer of the template. */
    public List<FieldError> submitErrors() {
        List<FieldError> errors = draftErrors();
        required(errors, "proposedSolution", proposedSolution);
        required(errors, "expectedBenefits", expectedBenefits);
        if (beneficiaries.isEmpty()) {
            errors.add(new FieldError("beneficiaries", "intake.validation.beneficiaries"));
        }
        required(errors, "contact.name", contactName);
        required(errors, "contact.email", contactEmail);
        required(errors, "responsibleDirector", responsibleDirector);
        answered(errors, "estimatedTotalHours", estimatedTotalHours);
        answered(errors, "financingClear", financingClear);
        answered(errors, "newItSupport", newItSupport);
        answered(errors, "newIntegrations", newIntegrations);
        answered(errors, "externalProcessing", externalProcessing);
        if (Boolean.TRUE.equals(financingClear)) {
            required(errors, "financingSource", financingSource);
        }
        if (Boolean.TRUE.equals(newIntegrations)) {
            required(errors, "integrationsWith", integrationsWith);
        }
        if (Boolean.TRUE.equals(externalProcessing)) {
            required(errors, "externalParty", externalParty);
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void answered(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "intake.validation.answer"));
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
