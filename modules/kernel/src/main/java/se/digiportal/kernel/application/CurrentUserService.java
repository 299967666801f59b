package se.digiportal.kernel.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.digiportal.kernel.application.Views.UserProfile;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.kernel.domain.UserAccountRepository;

/** Who is calling: the signed-in user's profile with home org unit and roles. */
@Stateless
@PermitAll
public class CurrentUserService {

    @Resource
    SessionContext context;

    @Inject
    UserAccountRepository users;

    @Inject
    OrgUnitRepository orgUnits;

    /** The caller's username, or {@link AuditTrail#SYSTEM} when nobody is signed in. */
    public String username() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? AuditTrail.SYSTEM : name;
    }

    public Optional<UserProfile> profile() {
        return users.findByUsername(username()).map(u -> {
            OrgUnit unit = orgUnits.findById(u.orgUnitId()).orElseThrow();
            return new UserProfile(u.username(), u.fullName(), u.email(), u.phone(), unit.id(), unit.code(),
                    unit.name(), u.roles());
        });
    }
}
