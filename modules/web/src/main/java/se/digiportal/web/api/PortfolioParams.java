package se.digiportal.web.api;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.portfolio.application.Views.ItemFilter;

/**
 * The portfolio feed's filter as query parameters, shared by the JSON feed and the CSV. Values arrive as text so
 * that a bad one is answered with a problem naming the parameter (not the runtime's bare 404).
 */
public class PortfolioParams {

    @Parameter(description = "Senaste statusrapportens status: GREEN, AMBER eller RED", example = "AMBER")
    @QueryParam("status")
    String status;

    @Parameter(description = "Tjänsteområdets kod", example = "SOCIAL")
    @QueryParam("serviceArea")
    String serviceArea;

    @Parameter(description = "Verksamhetens (organisationsenhetens) id", example = "12")
    @QueryParam("orgUnit")
    String orgUnit;

    @Parameter(description = "År: objekt med budget det året eller planerad period som berör det", example = "2026")
    @QueryParam("year")
    String year;

    @Parameter(description = "Fas: IDEA, PLANNED, IN_PROGRESS, PAUSED, DONE eller STOPPED", example = "IN_PROGRESS")
    @QueryParam("phase")
    String phase;

    @Parameter(description = "Endast objekt ändrade efter denna tidpunkt (ISO 8601, tidpunkt eller datum i UTC)",
            example = "2026-11-01T00:00:00Z")
    @QueryParam("updatedSince")
    String updatedSince;

    ItemFilter filter() {
        List<FieldError> errors = new ArrayList<>();
        Long unit = null;
        if (present(orgUnit)) {
            try {
                unit = Long.valueOf(orgUnit.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("orgUnit", "portfolio.error.orgUnit"));
            }
        }
        Integer y = null;
        if (present(year)) {
            try {
                y = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("year", "portfolio.error.year"));
            }
        }
        Instant since = null;
        if (present(updatedSince)) {
            since = instant(updatedSince);
            if (since == null) {
                errors.add(new FieldError("updatedSince", "portfolio.error.updatedSince"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ItemFilter(status, serviceArea, unit, y, phase, since);
    }

    /** The query string as the client sent it, minus paging: part of what identifies a list for its ETag. */
    String signature() {
        return String.join("|", String.valueOf(status), String.valueOf(serviceArea), String.valueOf(orgUnit),
                String.valueOf(year), String.valueOf(phase), String.valueOf(updatedSince));
    }

    /** An ISO-8601 instant, or a date taken as its start in UTC; null when it is neither. */
    static Instant instant(String text) {
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
