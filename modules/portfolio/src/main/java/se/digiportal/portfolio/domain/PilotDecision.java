package se.digiportal.portfolio.domain;

/** What a pilot's evaluation decides: roll out broadly, adjust and go on, or stop. */
public enum PilotDecision {
    SCALE_UP, ADJUST, STOP
}
