package se.digiportal.objects.domain;

/** The two halves of an objektplan's work: vidareutveckling (further development) and vidmakthållande (upkeep). */
public enum ActivityKind {
    VIDAREUTVECKLING, VIDMAKTHALLANDE
}
