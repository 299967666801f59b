package se.digiportal.objects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.kernel.domain.UserAccountRepository;
import se.digiportal.objects.application.Views.ImportError;
import se.digiportal.objects.application.Views.ImportResult;
import se.digiportal.objects.application.Views.OrgUnitOverview;
import se.digiportal.objects.application.Views.SystemView;
import se.digiportal.objects.domain.Criticality;
import se.digiportal.objects.domain.ItSystem;
import se.digiportal.objects.domain.ItSystemRepository;
import se.digiportal.objects.domain.Lifecycle;
import se.digiportal.objects.domain.ManagedObjectRepository;
import se.digiportal.objects.domain.SystemCsv;

/**
 * The system register: every IT system with its förvaltning, object, classification and specialists, the
 * overview per förvaltning, and the import of an existing system list (all rows or none).
 */
@Stateless
@RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
public class SystemRegister {

    @Inject
    ItSystemRepository systems;

    @Inject
    ManagedObjectRepository objects;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    UserAccountRepository users;

    @Inject
    RegisterNames names;

    @Inject
    AuditTrail audit;

    /**
     * The register, filtered. {@code orgUnit} is a förvaltning's id or code; {@code lifecycle} and
     * {@code criticality} are enum names; null means no filter.
     */
    public List<SystemView> systems(String orgUnit, String lifecycle, String criticality, Boolean personalData) {
        Long unitId = orgUnit == null || orgUnit.isBlank() ? null : orgUnitId(orgUnit.trim());
        Lifecycle life = parse(Lifecycle.class, lifecycle, "lifecycle");
        Criticality crit = parse(Criticality.class, criticality, "criticality");
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, String> objectNames = names.objectNames();
        return systems.findAll().stream()
                .filter(s -> unitId == null || unitId.equals(s.orgUnitId()))
                .filter(s -> life == null || life == s.lifecycle())
                .filter(s -> crit == null || crit == s.criticality())
                .filter(s -> personalData == null || personalData == s.personalData())
                .map(s -> view(s, units, objectNames))
                .toList();
    }

    /** Seed 004's system overview: per förvaltning that has systems, by name. */
    public List<OrgUnitOverview> overview() {
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, List<ItSystem>> byUnit = systems.findAll().stream()
                .collect(Collectors.groupingBy(ItSystem::orgUnitId, TreeMap::new, Collectors.toList()));
        List<OrgUnitOverview> rows = new ArrayList<>();
        byUnit.forEach((unitId, list) -> rows.add(new OrgUnitOverview(unitId, units.getOrDefault(unitId, "?"),
                list.size(),
                (int) list.stream().filter(s -> s.lifecycle() == Lifecycle.IN_USE).count(),
                (int) list.stream().filter(s -> s.lifecycle() == Lifecycle.PHASING_OUT).count(),
                (int) list.stream().filter(s -> s.criticality() == Criticality.CRITICAL).count(),
                (int) list.stream().filter(ItSystem::personalData).count(),
                (int) list.stream().filter(s -> !s.missingSpecialists().isEmpty()).count())));
        rows.sort((a, b) -> a.orgUnitName().compareTo(b.orgUnitName()));
        return rows;
    }

    /** What the file would import, with every error by row and column; saves nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportResult previewImport(String csv) {
        SystemCsv.Result result = SystemCsv.parse(csv, lookup());
        return new ImportResult(false, previews(result.systems()), errors(result));
    }

    /**
     * Imports every row or none: one bad row refuses the whole file, with all its errors named as
     * {@code row <n>: <column>}, so a register is never left half-imported.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportResult importCsv(String csv) {
        SystemCsv.Result result = SystemCsv.parse(csv, lookup());
        if (!result.importable()) {
            List<ImportError> errors = errors(result);
            throw new InvalidInputException(errors.isEmpty()
                    ? List.of(new FieldError("file", "system.import.empty"))
                    : errors.stream().map(e -> new FieldError("row " + e.row() + ": " + e.column(), e.messageKey()))
                    .toList());
        }
        for (ItSystem system : result.systems()) {
            systems.save(system);
            audit.record("ItSystem", system.id(), "SYSTEM_IMPORTED", Changes.between(Map.of(), snapshot(system)));
        }
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, String> objectNames = names.objectNames();
        return new ImportResult(true, result.systems().stream().map(s -> view(s, units, objectNames)).toList(),
                List.of());
    }

    private List<SystemView> previews(List<ItSystem> parsed) {
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, String> objectNames = names.objectNames();
        return parsed.stream().map(s -> view(s, units, objectNames)).toList();
    }

    private static List<ImportError> errors(SystemCsv.Result result) {
        return result.errors().stream().map(e -> new ImportError(e.row(), e.column(), e.messageKey())).toList();
    }

    private SystemCsv.Lookup lookup() {
        return new SystemCsv.Lookup() {
            @Override
            public Optional<Long> orgUnitId(String code) {
                return orgUnits.findByCode(code).map(OrgUnit::id);
            }

            @Override
            public Optional<Long> objectId(String name) {
                return objects.findByName(name).map(o -> o.id());
            }

            @Override
            public boolean systemExists(String name) {
                return systems.findByName(name).isPresent();
            }

            @Override
            public boolean userExists(String username) {
                return users.findByUsername(username).isPresent();
            }
        };
    }

    private Long orgUnitId(String idOrCode) {
        if (idOrCode.chars().allMatch(Character::isDigit)) {
            return Long.valueOf(idOrCode);
        }
        return orgUnits.findByCode(idOrCode).map(OrgUnit::id)
                .orElseThrow(() -> InvalidInputException.of("orgUnit", "system.filter.orgUnit"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "system.filter." + field);
        }
    }

    static SystemView view(ItSystem s, Map<Long, String> units, Map<Long, String> objectNames) {
        return new SystemView(s.id() == null ? 0 : s.id(), s.name(), s.description(), s.managedObjectId(),
                s.managedObjectId() == null ? null : objectNames.get(s.managedObjectId()), s.orgUnitId(),
                units.get(s.orgUnitId()), s.supplier(), iso(s.contractEnd()), s.lifecycle(), s.criticality(),
                s.disposition(), s.personalData(), s.sensitiveData(), s.processorAgreement(), s.integrations(),
                s.businessSpecialistUsername(), s.itSpecialistUsername(), s.missingSpecialists());
    }

    static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, Object> snapshot(ItSystem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("managedObjectId", s.managedObjectId());
        m.put("orgUnitId", s.orgUnitId());
        m.put("supplier", s.supplier());
        m.put("contractEnd", s.contractEnd());
        m.put("lifecycle", s.lifecycle());
        m.put("criticality", s.criticality());
        m.put("disposition", s.disposition());
        m.put("personalData", s.personalData());
        m.put("sensitiveData", s.sensitiveData());
        m.put("processorAgreement", s.processorAgreement());
        m.put("integrations", String.join(", ", s.integrations()));
        m.put("businessSpecialist", s.businessSpecialistUsername());
        m.put("itSpecialist", s.itSpecialistUsername());
        return m;
    }
}
