package se.digiportal.kernel.api;

/**
 * The roles of the portal. A user may hold several. The nested {@link Names} carries the same names as
 * compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
    SUBMITTER, PREPARER, COUNCIL_MEMBER, COUNCIL_SECRETARY, PROJECT_OFFICE, OBJECT_OWNER, OBJECT_LEAD,
    SYSTEM_SPECIALIST, UNIT_CONTACT, ADMIN,
    /** A system that reads the portfolio feeds (the project office's tools); it can only GET them. */
    API_CLIENT;

    /** Role names as constants, for annotations. Kept equal to the enum by a unit test. */
    public static final class Names {
        public static final String SUBMITTER = "SUBMITTER";
        public static final String PREPARER = "PREPARER";
        public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
        public static final String COUNCIL_SECRETARY = "COUNCIL_SECRETARY";
        public static final String PROJECT_OFFICE = "PROJECT_OFFICE";
        public static final String OBJECT_OWNER = "OBJECT_OWNER";
        public static final String OBJECT_LEAD = "OBJECT_LEAD";
        public static final String SYSTEM_SPECIALIST = "SYSTEM_SPECIALIST";
        public static final String UNIT_CONTACT = "UNIT_CONTACT";
        public static final String ADMIN = "ADMIN";
        public static final String API_CLIENT = "API_CLIENT";

        private Names() {
        }
    }
}
