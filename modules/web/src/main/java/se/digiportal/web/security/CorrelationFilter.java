package se.digiportal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.digiportal.kernel.api.Correlation;

/** Gives every request a correlation id (or keeps the caller's), echoed in X-Correlation-Id. */
@WebFilter(filterName = "CorrelationFilter")
public class CorrelationFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CorrelationFilter.class.getName());

    public static final String HEADER = "X-Correlation-Id";
    public static final String ATTRIBUTE = "digiportal.correlationId";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = Correlation.begin(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // The error page shows the user only the id; the log keeps the cause under the same id.
            LOG.log(Level.SEVERE, "Request " + request.getRequestURI() + " failed, correlation id " + id, e);
            throw e;
        } finally {
            Correlation.end();
        }
    }
}
