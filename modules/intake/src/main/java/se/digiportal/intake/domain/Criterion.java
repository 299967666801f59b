package se.digiportal.intake.domain;

/**
 * The seven criteria of seed 000: an activity meeting at least one of them must be submitted as a case. The
 * codes are part of the API contract, so they never change.
 */
public enum Criterion {
    SHARED_RESOURCES_OVER_40H,
    TOTAL_OVER_500H,
    UNCLEAR_FINANCING,
    NEW_IT_SUPPORT,
    NEW_INTEGRATIONS,
    EXTERNAL_PROCESSING,
    SEVERAL_UNITS
}
