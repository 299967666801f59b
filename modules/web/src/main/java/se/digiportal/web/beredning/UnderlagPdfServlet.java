package se.digiportal.web.beredning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The underlag PDF within the signed-in session (draft or published). Lives under /beredning/, so the
 * beredning area's roles apply before the service checks its own.
 */
@WebServlet("/beredning/underlag.pdf")
public class UnderlagPdfServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionBasisPreparation preparation;

    @Override
    protected Pdf render(HttpServletRequest request) {
        String caseNumber = request.getParameter("case");
        return Pdf.inline(preparation.pdf(caseNumber), "underlag-" + caseNumber + ".pdf");
    }
}
