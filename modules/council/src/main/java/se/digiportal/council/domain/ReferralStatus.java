package se.digiportal.council.domain;

/** Where a referred case stands with the council. */
public enum ReferralStatus {
    /** On the "to be scheduled" list. */
    TO_BE_SCHEDULED,
    /** On a meeting's agenda. */
    SCHEDULED,
    /** Approved or rejected. */
    DECIDED,
    /** Återremitterat to beredning. */
    RETURNED
}
