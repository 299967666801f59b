package se.digiportal.portfolio.domain.priority;

/** The project office's say over the suggestion for one candidate: leave it to the selection, or force it in or out. */
public enum Forcing {
    NONE, IN, OUT
}
