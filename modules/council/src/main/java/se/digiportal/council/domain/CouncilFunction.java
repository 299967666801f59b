package se.digiportal.council.domain;

/** A member's function in the digitaliseringsråd. */
public enum CouncilFunction {
    /** Ordförande. */
    CHAIR,
    /** Sekreterare. */
    SECRETARY,
    /** Ledamot. */
    MEMBER
}
