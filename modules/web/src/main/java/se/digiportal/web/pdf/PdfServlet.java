package se.digiportal.web.pdf;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.NotFoundException;

/**
 * A PDF within the signed-in session. The page area's roles (see the security filter) apply before the service
 * checks its own; a subclass only says which document a request asks for. A malformed or unknown reference answers
 * 404 and a refusal by the service 403, so a guessed id tells nothing.
 */
public abstract class PdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A rendered document, the name it is saved under, and whether the browser should save rather than show it. */
    public record Pdf(byte[] bytes, String filename, boolean attachment) {

        public static Pdf inline(byte[] bytes, String filename) {
            return new Pdf(bytes, filename, false);
        }
    }

    /**
     * The document the request asks for.
     *
     * @throws NumberFormatException a malformed id
     * @throws NotFoundException     no such document (or none in a state that may be shown)
     * @throws EJBAccessException    the caller may not read it
     */
    protected abstract Pdf render(HttpServletRequest request);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pdf pdf;
        try {
            pdf = render(request);
        } catch (NumberFormatException | NotFoundException | ConflictException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                (pdf.attachment() ? "attachment" : "inline") + "; filename=\"" + pdf.filename() + "\"");
        response.setContentLength(pdf.bytes().length);
        response.getOutputStream().write(pdf.bytes());
    }

    /** A numeric request parameter; a missing or malformed one is a {@link NumberFormatException} (404). */
    protected static long id(HttpServletRequest request, String name) {
        return Long.parseLong(String.valueOf(request.getParameter(name)));
    }
}
