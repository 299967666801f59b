package se.digiportal.portfolio.domain;

/** How a case came into the portfolio. */
public enum EntryPath {
    /** Quality-assured by the beredningsgrupp on the recommendations-only path. */
    QUALITY_ASSURED,
    /** Approved (beviljat) by the digitaliseringsråd. */
    COUNCIL_APPROVED
}
