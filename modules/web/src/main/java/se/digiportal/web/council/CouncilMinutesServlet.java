package se.digiportal.web.council;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.council.application.CouncilMinutes;
import se.digiportal.council.application.MinutesCorrections;
import se.digiportal.kernel.api.NotFoundException;

/** A meeting's minutes, or one of their corrections ({@code correction}), as PDF within the signed-in session; under /council/, so the council area's roles apply. */
@WebServlet("/council/minutes.pdf")
public class CouncilMinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMinutes minutes;

    @Inject
    transient MinutesCorrections corrections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long meeting;
        try {
            meeting = Long.parseLong(String.valueOf(request.getParameter("meeting")));
            String correction = request.getParameter("correction");
            pdf = correction == null ? minutes.pdf(meeting) : corrections.pdf(meeting, Long.parseLong(correction));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"protokoll-" + meeting + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
