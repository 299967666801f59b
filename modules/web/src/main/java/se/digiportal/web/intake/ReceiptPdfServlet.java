package se.digiportal.web.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.kernel.api.NotFoundException;

/**
 * The receipt page's PDF download within the signed-in session (the API's twin answers Basic clients). Lives
 * under /intake/, so the intake area's roles apply before the service checks who may read the case.
 */
@WebServlet("/intake/receipt.pdf")
public class ReceiptPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseNumber = request.getParameter("case");
        byte[] pdf;
        try {
            pdf = intake.receiptPdf(caseNumber);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"kvittens-" + caseNumber + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
