package se.digiportal.web.council;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.council.application.CouncilMinutes;
import se.digiportal.council.application.MinutesCorrections;
import se.digiportal.web.pdf.PdfServlet;

/**
 * A meeting's minutes, or one of their corrections ({@code correction}), as PDF within the signed-in session; under
 * /council/, so the council area's roles apply.
 */
@WebServlet("/council/minutes.pdf")
public class CouncilMinutesServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMinutes minutes;

    @Inject
    transient MinutesCorrections corrections;

    @Override
    protected Pdf render(HttpServletRequest request) {
        long meeting = id(request, "meeting");
        String correction = request.getParameter("correction");
        byte[] pdf = correction == null ? minutes.pdf(meeting) : corrections.pdf(meeting, Long.parseLong(correction));
        return Pdf.inline(pdf, "protokoll-" + meeting + ".pdf");
    }
}
