package se.digiportal.intake.domain;

/**
 * What can happen to a case, as its submitter follows it. Intake records its own steps; the later ones are
 * filled as beredning, council and portfolio publish their events.
 */
public enum TimelineKind {
    SUBMITTED, WITHDRAWN, ASSIGNED, RECOMMENDATION, INVITED_TO_MEETING, REMINDED, PARKED, REFERRED_TO_COUNCIL,
    DECISION, ENTERED_PORTFOLIO
}
