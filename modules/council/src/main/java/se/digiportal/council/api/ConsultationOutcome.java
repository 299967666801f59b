package se.digiportal.council.api;

/** What a closed samråd on an IT procurement came to (seed 000). */
public enum ConsultationOutcome {
    /** Tillstyrkt: members answered and none objected. */
    CONSENTED("Tillstyrkt"),
    /** Invändningar: at least one member objected; the objections are listed. */
    OBJECTIONS("Invändningar"),
    /** Nobody answered by the deadline: silence is not taken as consent. */
    UNANSWERED("Inga svar");

    private final String swedish;

    ConsultationOutcome(String swedish) {
        this.swedish = swedish;
    }

    /** The word in the record (Swedish). */
    public String swedish() {
        return swedish;
    }
}
