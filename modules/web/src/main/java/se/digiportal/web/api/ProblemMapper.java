package se.digiportal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.Correlation;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;

/**
 * Every failure of the API, mapped to a problem body in the caller's language. Unknown failures are logged
 * with the correlation id and answered as a plain 500, never with a stack trace. The JAX-RS runtime has
 * built-in mappers for some exception types; a subclass per such type makes sure every failure comes here.
 */
public abstract class ProblemMapper<T extends Throwable> implements ExceptionMapper<T> {

    @Provider
    public static class AnyFailure extends ProblemMapper<Throwable> {
    }

    @Provider
    public static class ValidationFailure extends ProblemMapper<jakarta.validation.ValidationException> {
    }

    @Provider
    public static class ProcessingFailure extends ProblemMapper<ProcessingException> {
    }

    @Provider
    public static class WebApplicationFailure extends ProblemMapper<WebApplicationException> {
    }

    @Provider
    public static class EnterpriseBeanFailure extends ProblemMapper<EJBException> {
    }

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Inject
    ApiMessages messages;

    @Override
    public Response toResponse(T thrown) {
        Throwable e = unwrap(thrown);
        var locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? null : headers.getAcceptableLanguages().get(0);
        ApiMessages.In text = messages.in(locale);
        if (e instanceof InvalidInputException invalid) {
            Problem p = Problem.of(400, text.get("problem.invalid"));
            invalid.errors().forEach(err -> p.field(err.field(), text.get(err.messageKey())));
            return p.build();
        }
        if (e instanceof ConstraintViolationException violations) {
            Problem p = Problem.of(400, text.get("problem.invalid"));
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                p.field(leaf(v.getPropertyPath()), text.template(v.getMessageTemplate(), v.getMessage()));
            }
            return p.build();
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, text.get("problem.notFound")).build();
        }
        if (e instanceof ConflictException conflict) {
            return Problem.of(409, text.get("problem.conflict")).detail(text.get(conflict.getMessage())).build();
        }
        if (e instanceof EJBAccessException) {
            return AccessFilter.denied(security, text);
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return Problem.of(400, text.get("problem.malformed")).build();
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return Problem.of(status, text.get(titleKey(status))).build();
            }
        }
        LOG.log(Level.SEVERE, "Unhandled API failure, correlation id " + Correlation.current(), e);
        return Problem.of(500, text.get("problem.internal")).build();
    }

    static String titleKey(int status) {
        return switch (status) {
            case 400 -> "problem.malformed";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406, 415 -> "problem.mediaType";
            default -> status >= 500 ? "problem.internal" : "problem.client";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof ProcessingException) && current.getCause() != null
                && !(current instanceof EJBAccessException)) {
            current = current.getCause();
        }
        return current;
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = name == null ? node.getName() : name + "." + node.getName();
            }
        }
        return name == null ? path.toString() : name;
    }
}
