package se.digiportal.portfolio.domain;

/** Where a portfolio item stands; DONE and STOPPED are final. */
public enum Phase {
    IDEA, PLANNED, IN_PROGRESS, PAUSED, DONE, STOPPED;

    public boolean isFinal() {
        return this == DONE || this == STOPPED;
    }
}
