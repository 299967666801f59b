package se.digiportal.beredning.api;

/** How the council's samråd on an IT procurement is held (seed 000). */
public enum ConsultationMode {
    /** On the agenda of a council meeting. */
    COUNCIL_MEETING,
    /** Digitally between meetings: members answer by a deadline. */
    SNABBSAMRAD
}
