package se.digiportal.beredning.domain;

/** Why the workbench suggests referring a case to the council rather than recommendations only. */
public enum ReferralReason {
    /** Estimated at or above the configured size. */
    SIZE,
    /** Concerns verksamheter beyond the initiating one. */
    SEVERAL_VERKSAMHETER,
    /** New integrations or processing by an external party. */
    COMPLEXITY,
    /** No responsible director named. */
    UNCLEAR_OWNERSHIP,
    /** New IT support: an IT procurement, which needs samråd. */
    PROCUREMENT
}
