package se.digiportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root. Resources authenticate with HTTP Basic against the portal's users; bearer tokens are next. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Digitaliseringsportalen API", version = "1",
                description = "Digitaliseringsinitiativ, beredning, digitaliseringsrådet, portfölj och "
                        + "förvaltningsobjekt. Fel besvaras som RFC 9457 application/problem+json."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "For SSO (OIDC) installations; see README, Configuration.")
public class RestApplication extends Application {
}
