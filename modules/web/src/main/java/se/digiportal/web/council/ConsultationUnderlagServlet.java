package se.digiportal.web.council;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.council.application.Consultations;
import se.digiportal.kernel.api.NotFoundException;

/**
 * The published underlag of a snabbsamråd's case, as PDF, within the signed-in session. Lives under /council/, so
 * the council area's roles apply before the service checks its own.
 */
@WebServlet("/council/consultation-underlag.pdf")
public class ConsultationUnderlagServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Consultations consultations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
            pdf = consultations.underlagPdf(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"underlag-samrad-" + id + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
