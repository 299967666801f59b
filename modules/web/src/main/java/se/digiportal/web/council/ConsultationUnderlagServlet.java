package se.digiportal.web.council;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.council.application.Consultations;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The published underlag of a snabbsamråd's case, as PDF, within the signed-in session. Lives under /council/, so
 * the council area's roles apply before the service checks its own.
 */
@WebServlet("/council/consultation-underlag.pdf")
public class ConsultationUnderlagServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Consultations consultations;

    @Override
    protected Pdf render(HttpServletRequest request) {
        long id = id(request, "id");
        return Pdf.inline(consultations.underlagPdf(id), "underlag-samrad-" + id + ".pdf");
    }
}
