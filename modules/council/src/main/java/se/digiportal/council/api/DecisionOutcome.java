package se.digiportal.council.api;

/** What the digitaliseringsråd decides on an agenda item. */
public enum DecisionOutcome {
    /** Beviljat: the initiative goes ahead (possibly with conditions, e.g. as a pilot). */
    APPROVED("Beviljat"),
    /** Avslag. */
    REJECTED("Avslag"),
    /** Återremiss: back to beredning with what to complete. */
    RETURNED("Återremitterat"),
    /** Bordlagt: moved to the next meeting. */
    DEFERRED("Bordlagt");

    private final String swedish;

    DecisionOutcome(String swedish) {
        this.swedish = swedish;
    }

    /** The word in the record (Swedish). */
    public String swedish() {
        return swedish;
    }

    /** Whether the case leaves the council with this decision (it does not when deferred). */
    public boolean closesTheItem() {
        return this != DEFERRED;
    }
}
