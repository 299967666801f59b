package se.digiportal.beredning.domain;

/** Step 1 of the prioritization per tjänsteområde (seed 003): the initial assessment of a case. */
public enum Assessment {
    INCLUDE, NEEDS_COMPLETION, REJECTED
}
