package se.digiportal.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every resource method states who may call it ({@code @PermitAll}, {@code @RolesAllowed} on the method or its
 * class); a method that states nothing is closed. Without credentials the answer is 401 with a Basic challenge,
 * with credentials but without a role it is 403, both as problem+json.
 */
@Provider
public class AccessFilter implements DynamicFeature {

    static final String CHALLENGE = "Basic realm=\"Digitaliseringsportalen\", charset=\"UTF-8\"";

    @Inject
    ApiMessages messages;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(DenyAll.class) ? null : type.getAnnotation(RolesAllowed.class);
        List<String> roles = allowed == null ? List.of() : Arrays.asList(allowed.value());
        context.register(new RoleCheck(roles, messages), Priorities.AUTHORIZATION);
    }

    static Response denied(SecurityContext security, ApiMessages.In text) {
        if (security == null || security.getUserPrincipal() == null) {
            return Problem.of(401, text.get("problem.unauthorized")).toResponse()
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
        }
        return Problem.of(403, text.get("problem.forbidden")).build();
    }

    /** Lets a request through when the caller holds one of the roles ("**" = any signed-in user). */
    record RoleCheck(List<String> roles, ApiMessages messages) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            boolean signedIn = security.getUserPrincipal() != null;
            boolean permitted = signedIn && (roles.contains("**") || roles.stream().anyMatch(security::isUserInRole));
            if (!permitted) {
                List<Locale> languages = request.getAcceptableLanguages();
                request.abortWith(denied(security, messages.in(languages.isEmpty() ? null : languages.get(0))));
            }
        }
    }
}
