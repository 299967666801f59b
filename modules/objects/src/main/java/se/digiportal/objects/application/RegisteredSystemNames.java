package se.digiportal.objects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.api.SystemNames;
import se.digiportal.objects.domain.ItSystem;
import se.digiportal.objects.domain.ItSystemRepository;

/** The register's system names for the project office's synergy view. */
@Stateless
@RolesAllowed(Role.Names.PROJECT_OFFICE)
public class RegisteredSystemNames implements SystemNames {

    @Inject
    ItSystemRepository systems;

    @Override
    public List<String> registered() {
        return systems.findAll().stream().map(ItSystem::name).sorted().toList();
    }
}
