package se.digiportal.intake.domain;

/**
 * What can happen to a case, as its submitter follows it. Intake records its own steps; the later ones are
 * filled as beredning, council and portfolio publish their events.
 */
public enum TimelineKind {
    SUBMITTED, WITHDRAWN, ASSIGNED, COMPLETION_REQUESTED, COMPLETED, REMINDED, PARKED, RESUMED, ASSESSED,
    RECOMMENDATION, INVITED_TO_MEETING, REFERRED_TO_COUNCIL, CONSULTATION_REQUESTED, QUALITY_ASSURED, DECISION,
    ENTERED_PORTFOLIO, CONSULTATION_CLOSED
}
