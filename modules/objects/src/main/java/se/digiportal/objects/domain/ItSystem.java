package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One IT system or service in the system register. It may be registered before it belongs to an object (the
 * inventory finds systems nobody manages yet), but it always belongs to a förvaltning. Its two systemspecialists
 * may be vacant for a while; the system tells what is missing instead, because an object's plan cannot be
 * submitted while any of its systems lacks one. Integrations are other systems' names, since they are often
 * outside the register (national services, suppliers' platforms).
 */
@Entity
@Table(name = "objects_it_system")
public class ItSystem {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int SUPPLIER_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = TEXT_MAX_LENGTH)
    private String description;

    @Column(name = "managed_object_id")
    private Long managedObjectId;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(length = SUPPLIER_MAX_LENGTH)
    private String supplier;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Lifecycle lifecycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Criticality criticality;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TimeDisposition disposition;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Column(name = "sensitive_data", nullable = false)
    private boolean sensitiveData;

    @Column(name = "processor_agreement", nullable = false)
    private boolean processorAgreement;

    /** Other systems' names, one a line: a list without a table of its own, since it is only ever read whole. */
    @Column(length = TEXT_MAX_LENGTH)
    private String integrations;

    @Column(name = "business_specialist_username", length = 64)
    private String businessSpecialistUsername;

    @Column(name = "it_specialist_username", length = 64)
    private String itSpecialistUsername;

    @Version
    private long version;

    protected ItSystem() {
    }

    public ItSystem(String name, Long orgUnitId, Lifecycle lifecycle, Criticality criticality) {
        rename(name);
        moveTo(orgUnitId, null);
        classify(lifecycle, criticality, null);
    }

    public void rename(String newName) {
        String n = blankToNull(newName);
        if (n == null) {
            throw new IllegalArgumentException("a system needs a name");
        }
        if (n.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name is longer than " + NAME_MAX_LENGTH + " characters");
        }
        this.name = n;
    }

    public void describe(String newDescription, String newSupplier, LocalDate newContractEnd) {
        String text = blankToNull(newDescription);
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("description is longer than " + TEXT_MAX_LENGTH + " characters");
        }
        String s = blankToNull(newSupplier);
        if (s != null && s.length() > SUPPLIER_MAX_LENGTH) {
            throw new IllegalArgumentException("supplier is longer than " + SUPPLIER_MAX_LENGTH + " characters");
        }
        this.description = text;
        this.supplier = s;
        this.contractEnd = newContractEnd;
    }

    /** The förvaltning is required; the object is optional (a system found in the inventory may have none yet). */
    public void moveTo(Long newOrgUnitId, Long newManagedObjectId) {
        this.orgUnitId = Objects.requireNonNull(newOrgUnitId, "orgUnitId");
        this.managedObjectId = newManagedObjectId;
    }

    public void classify(Lifecycle newLifecycle, Criticality newCriticality, TimeDisposition newDisposition) {
        this.lifecycle = Objects.requireNonNull(newLifecycle, "lifecycle");
        this.criticality = Objects.requireNonNull(newCriticality, "criticality");
        this.disposition = newDisposition;
    }

    /** Sensitive personal data (GDPR art. 9) is personal data, so it cannot be claimed without it. */
    public void declarePersonalData(boolean personal, boolean sensitive, boolean agreement) {
        if (sensitive && !personal) {
            throw new IllegalArgumentException("sensitive personal data is personal data");
        }
        this.personalData = personal;
        this.sensitiveData = sensitive;
        this.processorAgreement = agreement;
    }

    public void integrateWith(List<String> systemNames) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (systemNames != null) {
            systemNames.stream().map(ItSystem::blankToNull).filter(Objects::nonNull).forEach(names::add);
        }
        String joined = String.join("\n", names);
        if (joined.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("integrations are longer than " + TEXT_MAX_LENGTH + " characters");
        }
        this.integrations = names.isEmpty() ? null : joined;
    }

    /** Blank usernames leave a role vacant; the two specialists are two people, like the objektledarpar. */
    public void assignSpecialists(String business, String it) {
        String b = blankToNull(business);
        String i = blankToNull(it);
        if (b != null && b.equals(i)) {
            throw new IllegalArgumentException(b + " cannot be both systemspecialists");
        }
        this.businessSpecialistUsername = b;
        this.itSpecialistUsername = i;
    }

    public List<SystemRole> missingSpecialists() {
        List<SystemRole> missing = new ArrayList<>();
        if (businessSpecialistUsername == null) {
            missing.add(SystemRole.BUSINESS_SPECIALIST);
        }
        if (itSpecialistUsername == null) {
            missing.add(SystemRole.IT_SPECIALIST);
        }
        return List.copyOf(missing);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public Long managedObjectId() { return managedObjectId; }
    public Long orgUnitId() { return orgUnitId; }
    public String supplier() { return supplier; }
    public LocalDate contractEnd() { return contractEnd; }
    public Lifecycle lifecycle() { return lifecycle; }
    public Criticality criticality() { return criticality; }
    public TimeDisposition disposition() { return disposition; }
    public boolean personalData() { return personalData; }
    public boolean sensitiveData() { return sensitiveData; }
    public boolean processorAgreement() { return processorAgreement; }
    public String businessSpecialistUsername() { return businessSpecialistUsername; }
    public String itSpecialistUsername() { return itSpecialistUsername; }

    public List<String> integrations() {
        return integrations == null ? List.of() : Arrays.asList(integrations.split("\n"));
    }
}
