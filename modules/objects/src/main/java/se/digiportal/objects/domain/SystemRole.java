package se.digiportal.objects.domain;

/** The two systemspecialists every IT system needs: one from the business, one from IT. */
public enum SystemRole {
    BUSINESS_SPECIALIST, IT_SPECIALIST
}
