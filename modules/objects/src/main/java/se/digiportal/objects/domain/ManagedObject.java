package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A förvaltningsobjekt. Its roles may be vacant for a while (people leave, new objects are set up before they are
 * staffed), so they are not required; instead the object tells what is missing, since the yearly objektplan is
 * written by the objektledarpar and decided by the objektägare. The two leads are two people: one from the
 * business, one from IT. People are kernel users, referred to by username.
 */
@Entity
@Table(name = "objects_managed_object")
public class ManagedObject {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "owner_username", length = 64)
    private String ownerUsername;

    @Column(name = "business_lead_username", length = 64)
    private String businessLeadUsername;

    @Column(name = "it_lead_username", length = 64)
    private String itLeadUsername;

    @Version
    private long version;

    protected ManagedObject() {
    }

    public ManagedObject(String name, String description, Long orgUnitId) {
        describe(name, description);
        this.orgUnitId = Objects.requireNonNull(orgUnitId, "orgUnitId");
    }

    public void describe(String newName, String newDescription) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("an object needs a name");
        }
        if (newName.trim().length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name is longer than " + NAME_MAX_LENGTH + " characters");
        }
        String text = blankToNull(newDescription);
        if (text != null && text.length() > DESCRIPTION_MAX_LENGTH) {
            throw new IllegalArgumentException("description is longer than " + DESCRIPTION_MAX_LENGTH + " characters");
        }
        this.name = newName.trim();
        this.description = text;
    }

    /** A blank username leaves the role vacant. */
    public void assignOwner(String username) {
        this.ownerUsername = blankToNull(username);
    }

    /** A blank username leaves the role vacant. */
    public void assignBusinessLead(String username) {
        String lead = blankToNull(username);
        requireOtherThan(itLeadUsername, lead);
        this.businessLeadUsername = lead;
    }

    /** A blank username leaves the role vacant. */
    public void assignItLead(String username) {
        String lead = blankToNull(username);
        requireOtherThan(businessLeadUsername, lead);
        this.itLeadUsername = lead;
    }

    public List<ObjectRole> missingRoles() {
        List<ObjectRole> missing = new ArrayList<>();
        if (ownerUsername == null) {
            missing.add(ObjectRole.OWNER);
        }
        if (businessLeadUsername == null) {
            missing.add(ObjectRole.BUSINESS_LEAD);
        }
        if (itLeadUsername == null) {
            missing.add(ObjectRole.IT_LEAD);
        }
        return List.copyOf(missing);
    }

    /** Whether an objektplan can be written and decided: the pair to write it and the owner to decide it. */
    public boolean readyForPlan() {
        return missingRoles().isEmpty();
    }

    public boolean isOwner(String username) {
        return username != null && username.equals(ownerUsername);
    }

    /** Either half of the objektledarpar: they write the plan together, so either may edit it. */
    public boolean isLead(String username) {
        return username != null && (username.equals(businessLeadUsername) || username.equals(itLeadUsername));
    }

    private static void requireOtherThan(String otherLead, String lead) {
        if (lead != null && lead.equals(otherLead)) {
            throw new IllegalArgumentException("the objektledarpar is two people: " + lead + " cannot be both leads");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public Long orgUnitId() { return orgUnitId; }
    public String ownerUsername() { return ownerUsername; }
    public String businessLeadUsername() { return businessLeadUsername; }
    public String itLeadUsername() { return itLeadUsername; }
}
