package se.digiportal.objects.domain;

/** How badly the business suffers when the system is unavailable. */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL
}
