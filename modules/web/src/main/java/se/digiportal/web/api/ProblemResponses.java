package se.digiportal.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The safety net behind {@link ProblemMapper}: an error answered by the runtime itself (an unreadable body, a
 * wrong media type) is turned into a problem body too, so every client error of the API looks the same.
 */
@Provider
@Priority(Priorities.USER)
public class ProblemResponses implements ContainerResponseFilter {

    @Inject
    ApiMessages messages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        boolean clientError = status >= 400 && status < 500;
        boolean bareServerError = status >= 500 && !response.hasEntity();
        if (!(clientError || bareServerError) || (type != null && type.isCompatible(Problem.TYPE))) {
            return;
        }
        List<Locale> languages = request.getAcceptableLanguages();
        ApiMessages.In text = messages.in(languages.isEmpty() ? null : languages.get(0));
        var problem = Problem.of(status, text.get(ProblemMapper.titleKey(status))).build();
        response.setEntity(problem.getEntity(), null, Problem.TYPE);
    }
}
