package se.digiportal.web.beredning;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.NotFoundException;

/**
 * The underlag PDF within the signed-in session (draft or published). Lives under /beredning/, so the
 * beredning area's roles apply before the service checks its own.
 */
@WebServlet("/beredning/underlag.pdf")
public class UnderlagPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionBasisPreparation preparation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseNumber = request.getParameter("case");
        byte[] pdf;
        try {
            pdf = preparation.pdf(caseNumber);
        } catch (NotFoundException | ConflictException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"underlag-" + caseNumber + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
