package se.digiportal.web.council;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.council.application.PublicDecisionRecords;
import se.digiportal.kernel.api.NotFoundException;

/**
 * The adjusted minutes of a meeting that decided the submitter's own case; under /intake/, so the intake area's
 * roles apply, and the service answers only for the caller's own case and only once the minutes are adjusted.
 */
@WebServlet("/intake/council-minutes.pdf")
public class SubmitterMinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicDecisionRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long meeting;
        try {
            meeting = Long.parseLong(String.valueOf(request.getParameter("meeting")));
            pdf = records.adjustedMinutesPdf(request.getParameter("case"), meeting);
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
