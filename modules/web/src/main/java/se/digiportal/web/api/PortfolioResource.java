package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.portfolio.application.PortfolioCapacity;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.portfolio.application.Views.BenefitForm;
import se.digiportal.portfolio.application.Views.BookingForm;
import se.digiportal.portfolio.application.Views.MeasurementForm;
import se.digiportal.portfolio.application.Views.PilotEvaluationForm;
import se.digiportal.portfolio.application.Views.CapacityView;
import se.digiportal.portfolio.application.Views.StatusReportForm;
import se.digiportal.portfolio.application.Views.BudgetForm;
import se.digiportal.portfolio.application.Views.ChangeSet;
import se.digiportal.portfolio.application.Views.ItemFilter;
import se.digiportal.portfolio.application.Views.ItemPage;
import se.digiportal.portfolio.application.Views.ItemView;
import se.digiportal.portfolio.application.Views.ListStamp;
import se.digiportal.portfolio.application.Views.ResourcingForm;

/**
 * The digitaliseringsportfölj over HTTP: the feeds the IT-projektkontor's tools read (the project office and
 * read-only API clients), and the project office's resourcing. Lists carry an ETag made of the filter, the
 * number of matches and their latest change, so an unchanged list answers 304 after one aggregate query.
 */
@Path("/v1/portfolio")
@Tag(name = "Portfölj", description = "Digitaliseringsportföljen: flöden för IT-projektkontoret och resurssäkring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.API_CLIENT})
public class PortfolioResource {

    static final String ITEM_EXAMPLE = """
            {"item":{"id":7,"caseNumber":"DIGI-2026-0042","title":"Digital signering av biståndsbeslut",
             "serviceAreaCode":"SOCIAL","orgUnitId":12,"phase":"IN_PROGRESS","pilot":true,
             "enteredAt":"2026-03-02T09:14:00Z","entryPath":"COUNCIL_APPROVED","projectLead":"Petra Lund",
             "plannedStart":"2026-04-01","plannedEnd":"2026-12-31","status":"AMBER","progress":40,
             "updatedAt":"2026-10-14T08:00:00Z"},
             "origin":{"entryPath":"COUNCIL_APPROVED","decisionMeetingId":3,"decisionAgendaItemId":17,
             "conditions":"Som pilot","underlagId":41,"estimatedTotalHours":null},
             "budget":[{"year":2026,"investment":450000,"operation":60000}]}""";

    static final String PAGE_EXAMPLE = """
            {"items":[{"id":7,"caseNumber":"DIGI-2026-0042","title":"Digital signering av biståndsbeslut",
             "serviceAreaCode":"SOCIAL","orgUnitId":12,"phase":"IN_PROGRESS","pilot":true,
             "enteredAt":"2026-03-02T09:14:00Z","entryPath":"COUNCIL_APPROVED","projectLead":"Petra Lund",
             "plannedStart":"2026-04-01","plannedEnd":"2026-12-31","status":"AMBER","progress":40,
             "updatedAt":"2026-10-14T08:00:00Z"}],"total":1,"page":0,"size":100}""";

    @Inject
    PortfolioItems portfolio;

    @Inject
    PortfolioCapacity capacity;

    @GET
    @Operation(summary = "Portföljen, filtrerad och sorterad på diarienummer",
            description = "Utan page och size: hela det filtrerade flödet i ett svar. Med page eller size: en sida "
                    + "(size högst 1 000, förval 100) med Link-huvuden (first, prev, next, last) och X-Total-Count. "
                    + "ETag och If-None-Match ger 304 när listan är oförändrad.")
    @APIResponse(responseCode = "200", description = "Objekten och totalt antal träffar",
            headers = {@Header(name = "ETag"), @Header(name = "Link"), @Header(name = "X-Total-Count")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "en sida", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Oförändrad sedan den ETag som skickades i If-None-Match")
    @APIResponse(responseCode = "400", description = "Ogiltigt filter eller sidning; parametern namnges under errors")
    public Response list(@BeanParam PortfolioParams params,
                         @Parameter(description = "Sida, från 0") @QueryParam("page") String page,
                         @Parameter(description = "Sidstorlek, 1–1 000 (förval 100 när page anges)")
                         @QueryParam("size") String size,
                         @Context Request request, @Context UriInfo uri) {
        ItemFilter filter = params.filter();
        boolean paged = page != null || size != null;
        int p = paged ? number("page", page, 0) : 0;
        int s = paged ? number("size", size, 100) : 0;
        ListStamp stamp = portfolio.stamp(filter);
        EntityTag tag = tag(params.signature(), paged ? p + ":" + s : "all", stamp.total(), stamp.lastUpdated());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        ItemPage body = paged ? portfolio.page(filter, p, s)
                : new ItemPage(portfolio.all(filter), stamp.total(), 0, (int) Math.min(stamp.total(), Integer.MAX_VALUE));
        Response.ResponseBuilder response = Response.ok(body).tag(tag).cacheControl(revalidate())
                .header("X-Total-Count", body.total());
        if (paged) {
            response.links(links(uri, p, s, body.total()).toArray(Link[]::new));
        }
        return response.build();
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Vad som ändrats efter en tidpunkt, för synkronisering",
            description = "Objekt vars uppgifter eller rader (budget, bokningar, status, nyttor) ändrats efter since, "
                    + "äldsta ändring först, högst 1 000; stoppade och avslutade objekt syns med sin fas. Fråga igen "
                    + "från sista updatedAt tills listan är tom.")
    @APIResponse(responseCode = "200", description = "Ändrade objekt och tidpunkten svaret gäller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ändringar",
                    value = "{\"since\":\"2026-11-01T00:00:00Z\",\"asOf\":\"2026-11-21T10:00:00Z\",\"items\":[]}")))
    @APIResponse(responseCode = "400", description = "since saknas eller är ingen tidpunkt")
    public ChangeSet changes(@Parameter(description = "ISO 8601, tidpunkt eller datum (UTC)", required = true,
            example = "2026-11-01T00:00:00Z") @QueryParam("since") String since) {
        Instant at = since == null || since.isBlank() ? null : PortfolioParams.instant(since);
        if (at == null) {
            throw InvalidInputException.of("since", "portfolio.error.since");
        }
        return portfolio.changes(at);
    }

    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "Ett objekt med ursprung (beslut, underlag), resurssäkring, budget, statushistorik och nyttor")
    @APIResponse(responseCode = "200", description = "Objektet", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objekt", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Inget objekt med det id:t")
    public Response item(@PathParam("id") long id, @Context Request request) {
        ItemView item = portfolio.item(id);
        EntityTag tag = tag("item", String.valueOf(id), 1, item.item().updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(item)).tag(tag).cacheControl(revalidate()).build();
    }

    @GET
    @Path("/cases/{caseNumber}")
    @Operation(summary = "Ett objekt sökt på ärendets diarienummer")
    @APIResponse(responseCode = "404", description = "Ärendet ingår inte i portföljen")
    public ItemView itemOfCase(@PathParam("caseNumber") String caseNumber) {
        return portfolio.item(caseNumber);
    }

    @PUT
    @Path("/{id: \\d+}/resourcing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Resurssäkring: projektledare, fas och planerad period")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "resurssäkring", value = "{\"projectLead\":"
            + "\"Petra Lund\",\"phase\":\"PLANNED\",\"plannedStart\":\"2027-01-15\",\"plannedEnd\":\"2027-12-31\"}")))
    @APIResponse(responseCode = "400", description = "Okänd fas, ogiltigt datum eller slut före start (fältet namnges)")
    @APIResponse(responseCode = "409", description = "Objektet är avslutat eller stoppat, eller en pilot utan utvärdering")
    public ItemView resource(@PathParam("id") long id, JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate start = date(body, "plannedStart", errors);
        LocalDate end = date(body, "plannedEnd", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return portfolio.resource(id, new ResourcingForm(string(body, "projectLead"), string(body, "phase"), start, end));
    }

    @PUT
    @Path("/{id: \\d+}/budget/{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Årets budget i hela kronor: investering och drift")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "budget",
            value = "{\"investment\":450000,\"operation\":60000}")))
    @APIResponse(responseCode = "400", description = "Saknat eller negativt belopp, eller år utanför 2000–2100")
    @APIResponse(responseCode = "409", description = "Objektet är avslutat eller stoppat")
    public ItemView budget(@PathParam("id") long id, @PathParam("year") int year, JsonObject body) {
        return portfolio.budget(id, new BudgetForm(year, amount(body, "investment"), amount(body, "operation")));
    }

    @DELETE
    @Path("/{id: \\d+}/budget/{year: \\d{4}}")
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Ta bort ett års budget")
    @APIResponse(responseCode = "404", description = "Ingen budget det året")
    public ItemView removeBudget(@PathParam("id") long id, @PathParam("year") int year) {
        return portfolio.removeBudget(id, year);
    }

    @POST
    @Path("/{id: \\d+}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Boka en resurs: resursslag, gärna namngiven person, timmar per månad från–till (ÅÅÅÅ-MM)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bokning", value = "{\"kindCode\":\"DEVELOPER\","
            + "\"person\":\"Ahmed Karimi\",\"from\":\"2027-01\",\"to\":\"2027-06\",\"hoursPerMonth\":80}")))
    @APIResponse(responseCode = "201", description = "Bokad; objektet med sina bokningar")
    @APIResponse(responseCode = "400", description = "Okänt resursslag, ogiltiga månader eller timmar (fältet namnges)")
    @APIResponse(responseCode = "409", description = "Objektet är avslutat eller stoppat")
    public Response book(@PathParam("id") long id, JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        YearMonth from = month(body, "from", errors);
        YearMonth to = month(body, "to", errors);
        Integer hours = integer(body, "hoursPerMonth", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(Response.Status.CREATED).entity(portfolio.book(id, new BookingForm(
                string(body, "kindCode"), string(body, "person"), from, to, hours))).build();
    }

    @DELETE
    @Path("/{id: \\d+}/bookings/{bookingId: \\d+}")
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Avboka")
    @APIResponse(responseCode = "404", description = "Ingen sådan bokning på objektet")
    public ItemView cancelBooking(@PathParam("id") long id, @PathParam("bookingId") long bookingId) {
        return portfolio.cancelBooking(id, bookingId);
    }

    @POST
    @Path("/{id: \\d+}/status-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Lämna en statusrapport: GREEN/AMBER/RED, färdigt i procent, kommentar och nästa steg")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "statusrapport", value = "{\"status\":\"AMBER\","
            + "\"progress\":40,\"note\":\"Leverantören är försenad två veckor.\",\"nextSteps\":\"Test i hemtjänsten Norra.\"}")))
    @APIResponse(responseCode = "201", description = "Rapporterad; objektet med sin statushistorik")
    @APIResponse(responseCode = "400", description = "Okänd status, procent utanför 0–100 eller kommentar saknas")
    @APIResponse(responseCode = "409", description = "Objektet är avslutat eller stoppat")
    public Response report(@PathParam("id") long id, JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Integer progress = integer(body, "progress", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(Response.Status.CREATED).entity(portfolio.report(id, new StatusReportForm(
                string(body, "status"), progress, string(body, "note"), string(body, "nextSteps")))).build();
    }

    @POST
    @Path("/{id: \\d+}/benefits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Lägg till en nytta (DIGG:s modell): beskrivning, intressent, typ, indikator, nolläge, mål, ägare")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "nytta", value = "{\"description\":"
            + "\"Kortare handläggningstid för biståndsbeslut\",\"stakeholder\":\"Biståndshandläggare\","
            + "\"type\":\"QUALITY\",\"indicator\":\"Handläggningstid (dagar)\",\"baseline\":14,\"target\":5,"
            + "\"owner\":\"Olle Strand\",\"nextFollowUp\":\"2027-06-30\"}")))
    @APIResponse(responseCode = "201", description = "Tillagd; objektet med sina nyttor")
    @APIResponse(responseCode = "400", description = "Fält saknas eller är ogiltigt (fältet namnges)")
    public Response addBenefit(@PathParam("id") long id, JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        BigDecimal baseline = decimal(body, "baseline", errors);
        BigDecimal target = decimal(body, "target", errors);
        LocalDate followUp = date(body, "nextFollowUp", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(Response.Status.CREATED).entity(portfolio.addBenefit(id, new BenefitForm(
                string(body, "description"), string(body, "stakeholder"), string(body, "type"),
                string(body, "indicator"), baseline, target, string(body, "owner"), followUp))).build();
    }

    @POST
    @Path("/{id: \\d+}/benefits/{benefitId: \\d+}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Registrera ett uppmätt värde för en nytta (även efter att objektet är avslutat)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mätning", value = "{\"measuredOn\":"
            + "\"2027-06-30\",\"value\":9,\"note\":\"Efter första halvåret.\",\"nextFollowUp\":\"2027-12-31\"}")))
    @APIResponse(responseCode = "201", description = "Registrerad")
    @APIResponse(responseCode = "400", description = "Datum eller värde saknas eller är ogiltigt")
    @APIResponse(responseCode = "404", description = "Ingen sådan nytta på objektet")
    public Response measure(@PathParam("id") long id, @PathParam("benefitId") long benefitId, JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate on = date(body, "measuredOn", errors);
        BigDecimal value = decimal(body, "value", errors);
        LocalDate next = date(body, "nextFollowUp", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(Response.Status.CREATED).entity(portfolio.measure(id, benefitId,
                new MeasurementForm(on, value, string(body, "note"), next))).build();
    }

    @PUT
    @Path("/{id: \\d+}/pilot-evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Utvärdera en pilot: vad vi lärt oss och beslut (SCALE_UP, ADJUST, STOP)",
            description = "En pilot kan inte avslutas (breddinföras, fas DONE) utan en utvärdering som beslutat "
                    + "SCALE_UP eller ADJUST; beslutet STOP leder till fasen STOPPED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "utvärdering", value = "{\"learned\":"
            + "\"Fungerar i hemtjänsten Norra; inloggningen behöver förenklas.\",\"decision\":\"SCALE_UP\"}")))
    @APIResponse(responseCode = "400", description = "Lärdomar eller beslut saknas")
    @APIResponse(responseCode = "409", description = "Objektet är ingen pilot, eller är avslutat")
    public ItemView evaluatePilot(@PathParam("id") long id, JsonObject body) {
        return portfolio.evaluatePilot(id, new PilotEvaluationForm(string(body, "learned"), string(body, "decision")));
    }

    @GET
    @Path("/capacity")
    @Operation(summary = "Kapacitet per resursslag och månad: bokade timmar mot tillgängliga, överbokning markerad")
    @APIResponse(responseCode = "400", description = "Ogiltig startmånad eller antal månader (1–24)")
    public CapacityView capacity(@Parameter(description = "Första månad (ÅÅÅÅ-MM), förval innevarande", example = "2027-01")
                                 @QueryParam("from") String from,
                                 @Parameter(description = "Antal månader, 1–24") @QueryParam("months") String months) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        YearMonth first = from == null || from.isBlank() ? null : parseMonth("from", from, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return capacity.view(first, number("months", months, 12));
    }

    @PUT
    @Path("/capacity/{kindCode}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    @Operation(summary = "Sätt ett resursslags kapacitet (timmar) en månad")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kapacitet", value = "{\"hours\":160}")))
    @APIResponse(responseCode = "400", description = "Okänt resursslag, ogiltig månad eller timmar")
    public Response setCapacity(@PathParam("kindCode") String kindCode, @PathParam("month") String month,
                                JsonObject body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        YearMonth m = parseMonth("month", month, errors);
        Integer hours = integer(body, "hours", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        capacity.setCapacity(kindCode, m, hours);
        return Response.noContent().build();
    }

    private static YearMonth month(JsonObject body, String name, List<InvalidInputException.FieldError> errors) {
        String text = string(body, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return parseMonth(name, text, errors);
    }

    private static YearMonth parseMonth(String name, String text, List<InvalidInputException.FieldError> errors) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInputException.FieldError(name, "portfolio.error.month"));
            return null;
        }
    }

    private static BigDecimal decimal(JsonObject body, String name, List<InvalidInputException.FieldError> errors) {
        JsonValue value = body == null ? null : body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        errors.add(new InvalidInputException.FieldError(name, "portfolio.error.measure"));
        return null;
    }

    private static Integer integer(JsonObject body, String name, List<InvalidInputException.FieldError> errors) {
        JsonValue value = body == null ? null : body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= Integer.MIN_VALUE
                && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        errors.add(new InvalidInputException.FieldError(name, "portfolio.error.number"));
        return null;
    }

    private static List<Link> links(UriInfo uri, int page, int size, long total) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, size, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        return links;
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)
                .replaceQueryParam("size", size)).rel(rel).build();
    }

    static EntityTag tag(String signature, String window, long total, Instant lastUpdated) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((signature + "#" + window + "#" + total + "#"
                    + lastUpdated).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 16), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CacheControl revalidate() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return cache;
    }

    private static int number(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "portfolio.error." + name);
        }
    }

    static String string(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static LocalDate date(JsonObject body, String name, List<InvalidInputException.FieldError> errors) {
        String text = string(body, name);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInputException.FieldError(name, "portfolio.error.date"));
            return null;
        }
    }

    private static Long amount(JsonObject body, String name) {
        JsonValue value = body == null ? null : body.get(name);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return -1L;
    }
}
