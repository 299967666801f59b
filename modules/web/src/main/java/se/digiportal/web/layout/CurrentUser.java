package se.digiportal.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Views.UserProfile;

/** The signed-in user for the layout, read once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentUserService service;

    private Optional<UserProfile> profile;

    public Optional<UserProfile> profile() {
        if (profile == null) {
            profile = service.profile();
        }
        return profile;
    }

    public boolean isSignedIn() {
        return profile().isPresent();
    }

    public String getFullName() {
        return profile().map(UserProfile::fullName).orElse("");
    }

    public String getOrgUnitName() {
        return profile().map(UserProfile::orgUnitName).orElse("");
    }

    public boolean has(Role role) {
        return profile().map(p -> p.has(role)).orElse(false);
    }
}
