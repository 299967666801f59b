package se.digiportal.web.council;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.kernel.api.NotFoundException;

/**
 * The published underlag of an agenda item, as PDF, within the signed-in session. Lives under /council/, so the
 * council area's roles apply before the service checks its own.
 */
@WebServlet("/council/underlag.pdf")
public class CouncilUnderlagServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMeetings meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long item;
        try {
            item = Long.parseLong(String.valueOf(request.getParameter("item")));
            pdf = meetings.underlagPdf(Long.parseLong(String.valueOf(request.getParameter("meeting"))), item);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"underlag-" + item + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
