package se.digiportal.council.domain;

/** Where a snabbsamråd stands: requested by beredning, opened by the secretary with a deadline, closed. */
public enum ConsultationStatus {
    REQUESTED, OPEN, CLOSED
}
