package se.digiportal.web.portfolio;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.portfolio.application.PortfolioItems;

/**
 * The underlag a portfolio item was decided on, as PDF, within the signed-in session. Lives under /portfolio/, so
 * the portfolio area's roles apply before the service checks its own.
 */
@WebServlet("/portfolio/underlag.pdf")
public class PortfolioUnderlagServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioItems items;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long item;
        try {
            item = Long.parseLong(String.valueOf(request.getParameter("item")));
            pdf = items.underlagPdf(item);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"underlag-" + item + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
