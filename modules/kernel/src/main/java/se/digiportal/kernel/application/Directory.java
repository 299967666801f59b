package se.digiportal.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitKind;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;

/**
 * Who is who, for the business modules: the people holding a role (to pick a beredare or a council member) and
 * the förvaltning a verksamhet belongs to. Names and e-mail addresses only; accounts are the administrator's.
 */
@Stateless
@PermitAll
public class Directory {

    @Inject
    UserAccountRepository users;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    OrganisationService organisation;

    /** Active people with the role, by name. */
    public List<Person> withRole(Role role) {
        return users.findAll().stream().filter(UserAccount::active).filter(u -> u.roles().contains(role))
                .map(Directory::person).sorted(Comparator.comparing(Person::fullName)).toList();
    }

    public Optional<Person> person(String username) {
        return username == null ? Optional.empty() : users.findByUsername(username).map(Directory::person);
    }

    /** The förvaltning the unit belongs to (the unit itself when it is one). */
    public OrgUnitView forvaltningOf(long orgUnitId) {
        OrgUnit unit = orgUnits.findById(orgUnitId).orElseThrow(
                () -> new se.digiportal.kernel.api.NotFoundException("org unit " + orgUnitId));
        while (unit.kind() != OrgUnitKind.FORVALTNING && unit.parentId() != null) {
            unit = orgUnits.findById(unit.parentId()).orElseThrow();
        }
        return organisation.orgUnit(unit.id());
    }

    /** The förvaltningschef of the förvaltning the unit belongs to, when one is set and active. */
    public Optional<Person> managerOf(long orgUnitId) {
        Optional<OrgUnit> unit = orgUnits.findById(orgUnitId);
        while (unit.isPresent() && unit.get().kind() != OrgUnitKind.FORVALTNING && unit.get().parentId() != null) {
            unit = orgUnits.findById(unit.get().parentId());
        }
        return unit.map(OrgUnit::manager).flatMap(users::findByUsername).filter(UserAccount::active)
                .map(Directory::person);
    }

    private static Person person(UserAccount u) {
        return new Person(u.username(), u.fullName(), u.email());
    }
}
