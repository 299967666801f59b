package se.digiportal.objects.domain;

/** The roles every förvaltningsobjekt must have filled: the objektägare and both halves of the objektledarpar. */
public enum ObjectRole {
    OWNER, BUSINESS_LEAD, IT_LEAD
}
