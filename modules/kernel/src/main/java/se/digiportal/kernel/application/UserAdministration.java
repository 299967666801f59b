package se.digiportal.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.UserView;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.kernel.domain.PasswordHasher;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;

/** Users and their roles, administered by ADMIN; every change is audited (a password only as "changed"). */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    /** The shortest password an administrator may set. */
    static final int MIN_PASSWORD_LENGTH = 8;

    @Inject
    UserAccountRepository users;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    public List<UserView> users() {
        Map<Long, OrgUnit> units = orgUnits.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        return users.findAll().stream().map(u -> view(u, units.get(u.orgUnitId()))).toList();
    }

    public UserView user(long id) {
        UserAccount u = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        return view(u, orgUnits.findById(u.orgUnitId()).orElse(null));
    }

    public UserView create(@NotNull @Valid UserForm form) {
        if (users.findByUsername(form.getUsername()).isPresent()) {
            throw new ConflictException("user.username.taken");
        }
        requireOrgUnit(form.getOrgUnitId());
        if (form.getNewPassword() == null || form.getNewPassword().isBlank()) {
            throw InvalidInputException.of("newPassword", "user.password.required");
        }
        UserAccount user = new UserAccount(form.getUsername(), form.getFullName(), form.getOrgUnitId());
        apply(form, user);
        users.save(user);
        Map<String, Object> after = snapshot(user);
        after.put("password", "(satt)");
        audit.record("User", user.username(), "USER_CREATED", Changes.between(Map.of(), after));
        return user(user.id());
    }

    public UserView update(long id, @NotNull @Valid UserForm form) {
        UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (!user.username().equals(form.getUsername())) {
            throw InvalidInputException.of("username", "user.username.immutable");
        }
        requireOrgUnit(form.getOrgUnitId());
        Map<String, Object> before = snapshot(user);
        boolean passwordChanged = apply(form, user);
        users.save(user);
        Map<String, Object> after = snapshot(user);
        if (passwordChanged) {
            before.put("password", "(dold)");
            after.put("password", "(ändrat)");
        }
        audit.record("User", user.username(), "USER_UPDATED", Changes.between(before, after));
        return user(id);
    }

    private boolean apply(UserForm form, UserAccount user) {
        user.updateProfile(form.getFullName(), form.getEmail(), form.getPhone(), form.getTitle());
        user.moveTo(form.getOrgUnitId());
        user.grantOnly(form.getRoles());
        user.setActive(form.isActive());
        String password = form.getNewPassword();
        if (password == null || password.isBlank()) {
            return false;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("newPassword", "user.password.tooShort");
        }
        user.changePasswordHash(hasher.hash(password.toCharArray()));
        return true;
    }

    private void requireOrgUnit(Long id) {
        if (id == null || orgUnits.findById(id).isEmpty()) {
            throw InvalidInputException.of("orgUnitId", "user.orgUnit.invalid");
        }
    }

    private static UserView view(UserAccount u, OrgUnit unit) {
        return new UserView(u.id(), u.username(), u.fullName(), u.email(), u.phone(), u.title(), u.orgUnitId(),
                unit == null ? null : unit.name(), u.roles(), u.active());
    }

    private static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", u.fullName());
        m.put("email", u.email());
        m.put("phone", u.phone());
        m.put("title", u.title());
        m.put("orgUnitId", u.orgUnitId());
        m.put("roles", new TreeSet<>(u.roles().stream().map(Enum::name).toList()));
        m.put("active", u.active());
        return m;
    }
}
