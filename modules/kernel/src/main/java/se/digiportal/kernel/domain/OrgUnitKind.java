package se.digiportal.kernel.domain;

/** Levels of the municipality's organisation: a förvaltning holds verksamheter, which hold enheter. */
public enum OrgUnitKind {
    FORVALTNING, VERKSAMHET, ENHET;

    /** Whether a unit of this kind may sit directly under a unit of {@code parent}'s kind. */
    public boolean mayBeChildOf(OrgUnitKind parent) {
        return parent != null && parent.ordinal() < ordinal();
    }
}
