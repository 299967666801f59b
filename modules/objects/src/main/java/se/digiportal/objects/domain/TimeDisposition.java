package se.digiportal.objects.domain;

/** Gartner's TIME model: what the municipality means to do with a system (tolerate, invest, migrate, eliminate). */
public enum TimeDisposition {
    TOLERATE, INVEST, MIGRATE, ELIMINATE
}
