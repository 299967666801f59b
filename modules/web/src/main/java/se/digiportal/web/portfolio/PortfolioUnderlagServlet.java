package se.digiportal.web.portfolio;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.web.pdf.PdfServlet;

/**
 * The underlag a portfolio item was decided on, as PDF, within the signed-in session. Lives under /portfolio/, so
 * the portfolio area's roles apply before the service checks its own.
 */
@WebServlet("/portfolio/underlag.pdf")
public class PortfolioUnderlagServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioItems items;

    @Override
    protected Pdf render(HttpServletRequest request) {
        long item = id(request, "item");
        return Pdf.inline(items.underlagPdf(item), "underlag-" + item + ".pdf");
    }
}
