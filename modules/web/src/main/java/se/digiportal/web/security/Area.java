package se.digiportal.web.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.digiportal.kernel.api.Role;

/**
 * The areas of the portal and the roles that may enter each: the one place page access is declared. The
 * {@link AreaAccessFilter} enforces it, the navigation shows only what the user may open, and the tests walk it.
 */
public enum Area {
    INTAKE("/intake/", "nav.intake", "pi pi-file-edit", Role.SUBMITTER, Role.UNIT_CONTACT),
    BEREDNING("/beredning/", "nav.beredning", "pi pi-check-square", Role.PREPARER),
    COUNCIL("/council/", "nav.council", "pi pi-users", Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY),
    /** The project office's own portfolio pages, reached from the portfolio's sub-navigation (before PORTFOLIO). */
    PORTFOLIO_PRIORITIES("/portfolio/priorities.xhtml", null, null, Role.PROJECT_OFFICE),
    PORTFOLIO_SYNERGIES("/portfolio/synergies.xhtml", null, null, Role.PROJECT_OFFICE),
    PORTFOLIO("/portfolio/", "nav.portfolio", "pi pi-briefcase",
            Role.PROJECT_OFFICE, Role.PREPARER, Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY),
    OBJECTS("/objects/", "nav.objects", "pi pi-sitemap",
            Role.OBJECT_OWNER, Role.OBJECT_LEAD, Role.SYSTEM_SPECIALIST, Role.ADMIN),
    ADMIN("/admin/", "nav.admin", "pi pi-cog", Role.ADMIN);

    private final String pathPrefix;
    private final String labelKey;
    private final String icon;
    private final Set<Role> roles;

    Area(String pathPrefix, String labelKey, String icon, Role first, Role... rest) {
        this.pathPrefix = pathPrefix;
        this.labelKey = labelKey;
        this.icon = icon;
        this.roles = EnumSet.of(first, rest);
    }

    public static Optional<Area> of(String path) {
        return Arrays.stream(values()).filter(a -> path != null && path.startsWith(a.pathPrefix)).findFirst();
    }

    public boolean admits(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public String pathPrefix() { return pathPrefix; }
    public String labelKey() { return labelKey; }
    public String icon() { return icon; }
    public String home() { return pathPrefix.endsWith(".xhtml") ? pathPrefix : pathPrefix + "index.xhtml"; }
    /** Whether the main navigation lists it; single pages inside an area are linked from the area instead. */
    public boolean inNavigation() { return labelKey != null; }
    public Set<Role> roles() { return EnumSet.copyOf(roles); }
}
