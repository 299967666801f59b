package se.digiportal.intake.domain;

/** The kinds of shared municipal resources whose hours count towards criterion 1 (seed 000). */
public enum SharedResource {
    DIGITALISATION, LEGAL, PROCUREMENT, OTHER
}
