package se.digiportal.web.council;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The published underlag of an agenda item, as PDF, within the signed-in session. Lives under /council/, so the
 * council area's roles apply before the service checks its own.
 */
@WebServlet("/council/underlag.pdf")
public class CouncilUnderlagServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMeetings meetings;

    @Override
    protected Pdf render(HttpServletRequest request) {
        long item = id(request, "item");
        return Pdf.inline(meetings.underlagPdf(id(request, "meeting"), item), "underlag-" + item + ".pdf");
    }
}
