package se.digiportal.beredning.domain;

/** The beredare's routing decision for a case (seed 000). */
public enum Routing {
    /** Recommendations back to the initiating verksamhet, which keeps ownership and goes ahead. */
    RECOMMENDATIONS_ONLY,
    /** Digitaliseringsrådet decides, on a published underlag. */
    REFER_TO_COUNCIL,
    /** An IT procurement: the council is consulted (samråd), on a meeting or as a snabbsamråd. */
    CONSULTATION
}
