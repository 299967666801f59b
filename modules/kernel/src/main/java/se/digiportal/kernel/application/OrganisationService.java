package se.digiportal.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.kernel.domain.ServiceArea;
import se.digiportal.kernel.domain.ServiceAreaRepository;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;

/** The municipality's organisation and service areas: everyone reads them, administrators change them. */
@Stateless
public class OrganisationService {

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    ServiceAreaRepository serviceAreas;

    @Inject
    UserAccountRepository users;

    @Inject
    AuditTrail audit;

    @PermitAll
    public List<OrgUnitView> orgUnits() {
        List<OrgUnit> all = orgUnits.findAll();
        Map<Long, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        return all.stream().map(u -> view(u, byId.get(u.parentId()))).toList();
    }

    @PermitAll
    public OrgUnitView orgUnit(long id) {
        OrgUnit unit = orgUnits.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
        return view(unit, unit.parentId() == null ? null : orgUnits.findById(unit.parentId()).orElse(null));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OrgUnitView createOrgUnit(@NotNull @Valid OrgUnitForm form) {
        if (orgUnits.findByCode(form.getCode()).isPresent()) {
            throw new ConflictException("orgunit.code.taken");
        }
        OrgUnit unit;
        try {
            unit = new OrgUnit(form.getCode(), form.getName(), form.getKind(), parentOf(form));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("parentId", "orgunit.parent.invalid");
        }
        unit.setActive(form.isActive());
        assignManager(unit, form);
        orgUnits.save(unit);
        audit.record("OrgUnit", unit.id(), "ORG_UNIT_CREATED", Changes.between(Map.of(), snapshot(unit)));
        return orgUnit(unit.id());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OrgUnitView updateOrgUnit(long id, @NotNull @Valid OrgUnitForm form) {
        OrgUnit unit = orgUnits.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
        if (!unit.code().equals(form.getCode())) {
            throw InvalidInputException.of("code", "orgunit.code.immutable");
        }
        if (unit.kind() != form.getKind()) {
            throw InvalidInputException.of("kind", "orgunit.kind.immutable");
        }
        Map<String, Object> before = snapshot(unit);
        unit.rename(form.getName());
        try {
            unit.moveUnder(parentOf(form));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("parentId", "orgunit.parent.invalid");
        }
        unit.setActive(form.isActive());
        assignManager(unit, form);
        orgUnits.save(unit);
        audit.record("OrgUnit", unit.id(), "ORG_UNIT_UPDATED", Changes.between(before, snapshot(unit)));
        return orgUnit(id);
    }

    @PermitAll
    public List<ServiceAreaView> serviceAreas() {
        return serviceAreas.findAll().stream().map(OrganisationService::view).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ServiceAreaView updateServiceArea(String code, @NotNull @Valid ServiceAreaForm form) {
        ServiceArea area = serviceAreas.findByCode(code)
                .orElseThrow(() -> new NotFoundException("service area " + code));
        Map<String, Object> before = snapshot(area);
        area.describe(form.getNameSv(), form.getNameEn(), form.getDescription());
        area.setSortOrder(form.getSortOrder());
        area.setActive(form.isActive());
        serviceAreas.save(area);
        audit.record("ServiceArea", code, "SERVICE_AREA_UPDATED", Changes.between(before, snapshot(area)));
        return view(area);
    }

    /** The manager must be an active portal user, and only a förvaltning has one. */
    private void assignManager(OrgUnit unit, OrgUnitForm form) {
        if (form.getManager() != null
                && users.findByUsername(form.getManager()).filter(UserAccount::active).isEmpty()) {
            throw InvalidInputException.of("manager", "orgunit.manager.unknown");
        }
        try {
            unit.assignManager(form.getManager());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("manager", "orgunit.manager.forvaltningOnly");
        }
    }

    private OrgUnit parentOf(OrgUnitForm form) {
        if (form.getParentId() == null) {
            return null;
        }
        return orgUnits.findById(form.getParentId())
                .orElseThrow(() -> InvalidInputException.of("parentId", "orgunit.parent.invalid"));
    }

    private static OrgUnitView view(OrgUnit u, OrgUnit parent) {
        return new OrgUnitView(u.id(), u.code(), u.name(), u.kind(), u.parentId(),
                parent == null ? null : parent.name(), u.active(), u.manager());
    }

    private static ServiceAreaView view(ServiceArea a) {
        return new ServiceAreaView(a.code(), a.nameSv(), a.nameEn(), a.description(), a.sortOrder(), a.active());
    }

    private static Map<String, Object> snapshot(OrgUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", u.code());
        m.put("name", u.name());
        m.put("kind", u.kind());
        m.put("parentId", u.parentId());
        m.put("active", u.active());
        m.put("manager", u.manager());
        return m;
    }

    private static Map<String, Object> snapshot(ServiceArea a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameSv", a.nameSv());
        m.put("nameEn", a.nameEn());
        m.put("description", a.description());
        m.put("sortOrder", a.sortOrder());
        m.put("active", a.active());
        return m;
    }
}
