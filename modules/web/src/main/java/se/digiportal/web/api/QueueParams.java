package se.digiportal.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.digiportal.beredning.application.Views.QueueFilter;
import se.digiportal.kernel.api.InvalidInputException;

/** The beredning queue's filter and sort as query parameters, shared by the JSON page and the CSV export. */
public class QueueParams {

    @Parameter(description = "Status, kan upprepas (NEW, IN_PREPARATION, AWAITING_COMPLETION, PARKED, "
            + "UNDERLAG_IN_PREPARATION, REFERRED, QUALITY_ASSURED, REJECTED, WITHDRAWN)")
    @QueryParam("status")
    List<String> statuses;

    @Parameter(description = "Förvaltningens id")
    @QueryParam("forvaltning")
    Long forvaltning;

    @Parameter(description = "Tjänsteområdets kod")
    @QueryParam("serviceArea")
    String serviceArea;

    @Parameter(description = "Minst ett kriterium uppfyllt (true) eller inget (false)")
    @QueryParam("criteriaMet")
    Boolean criteriaMet;

    @Parameter(description = "Beredarens användarnamn; tomt värde ger ej tilldelade")
    @QueryParam("assignee")
    String assignee;

    @Parameter(description = "Inlämnade för minst så många dagar sedan")
    @QueryParam("olderThanDays")
    Integer olderThanDays;

    @Parameter(description = "Fritext i diarienummer, rubrik och kontaktperson")
    @QueryParam("q")
    String text;

    @Parameter(description = "CASE_NUMBER, TITLE, STATUS, SERVICE_AREA, SUBMITTED_AT, STATUS_SINCE, ASSIGNEE, "
            + "CRITERIA eller CHECKLIST")
    @QueryParam("sort")
    String sort;

    @Parameter(description = "asc eller desc")
    @QueryParam("order")
    @DefaultValue("asc")
    String order;

    /** The filter for rows {@code first} to {@code first + size}; a bad order is a 400 naming "order". */
    QueueFilter filter(int first, int size) {
        if (!"asc".equalsIgnoreCase(order) && !"desc".equalsIgnoreCase(order)) {
            throw InvalidInputException.of("order", "beredning.error.order");
        }
        Set<String> status = statuses == null ? Set.of() : new LinkedHashSet<>(statuses);
        return new QueueFilter(status, forvaltning, serviceArea, criteriaMet, assignee, olderThanDays, text, sort,
                "asc".equalsIgnoreCase(order), first, size);
    }
}
