package se.digiportal.portfolio.domain;

/** The traffic light of a status report: on track, at risk, off track. */
public enum RagStatus {
    GREEN, AMBER, RED
}
