package se.digiportal.web.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The receipt page's PDF download within the signed-in session (the API's twin answers Basic clients). Lives
 * under /intake/, so the intake area's roles apply before the service checks who may read the case.
 */
@WebServlet("/intake/receipt.pdf")
public class ReceiptPdfServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Override
    protected Pdf render(HttpServletRequest request) {
        String caseNumber = request.getParameter("case");
        return new Pdf(intake.receiptPdf(caseNumber), "kvittens-" + caseNumber + ".pdf", true);
    }
}
