package se.digiportal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.Role;

/** Answers 403 when a signed-in user opens a page of an {@link Area} none of their roles admits. */
@WebFilter(filterName = "AreaAccessFilter")
public class AreaAccessFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var area = Area.of(path);
        if (area.isPresent() && request.getUserPrincipal() != null && !area.get().admits(rolesOf(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static Set<Role> rolesOf(HttpServletRequest request) {
        return Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
