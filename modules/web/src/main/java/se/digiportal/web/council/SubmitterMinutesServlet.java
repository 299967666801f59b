package se.digiportal.web.council;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.council.application.PublicDecisionRecords;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The adjusted minutes of a meeting that decided the submitter's own case; under /intake/, so the intake area's
 * roles apply, and the service answers only for the caller's own case and only once the minutes are adjusted.
 */
@WebServlet("/intake/council-minutes.pdf")
public class SubmitterMinutesServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicDecisionRecords records;

    @Override
    protected Pdf render(HttpServletRequest request) {
        long meeting = id(request, "meeting");
        return Pdf.inline(records.adjustedMinutesPdf(request.getParameter("case"), meeting),
                "protokoll-" + meeting + ".pdf");
    }
}
