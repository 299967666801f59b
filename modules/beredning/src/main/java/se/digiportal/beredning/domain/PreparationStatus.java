package se.digiportal.beredning.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in the beredning; the case's own methods allow only the transitions the process has. */
public enum PreparationStatus {
    /** Submitted, nobody prepares it yet. */
    NEW,
    /** A beredare works on it. */
    IN_PREPARATION,
    /** Waiting for the submitter's completion (komplettering). */
    AWAITING_COMPLETION,
    /** The submitter did not answer the request nor its reminder; woken by an answer or a beredare. */
    PARKED,
    /** Routed to the council: the underlag is being prepared. */
    UNDERLAG_IN_PREPARATION,
    /** The underlag is published and the case is the council's. */
    REFERRED,
    /** Done on the recommendations-only path. */
    QUALITY_ASSURED,
    /** Rejected at the initial assessment, with a motivation the submitter got. */
    REJECTED,
    /** The submitter withdrew it. */
    WITHDRAWN;

    public static final Set<PreparationStatus> OPEN =
            EnumSet.of(NEW, IN_PREPARATION, AWAITING_COMPLETION, PARKED, UNDERLAG_IN_PREPARATION);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
