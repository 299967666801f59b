package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Views.UserProfile;

/** The caller's own profile: who the API thinks you are. */
@Path("/v1/me")
@Tag(name = "Användare")
public class MeResource {

    @Inject
    CurrentUserService currentUser;

    @GET
    @RolesAllowed("**")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Den inloggade användarens profil, förvaltning och roller")
    public UserProfile me() {
        return currentUser.profile().orElseThrow(() -> new NotFoundException("profile"));
    }
}
