package se.digiportal.intake.domain;

/** Where an initiative stands as far as intake is concerned; beredning takes over from IN_PREPARATION. */
public enum InitiativeStatus {
    DRAFT, SUBMITTED, IN_PREPARATION, WITHDRAWN
}
