package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.intake.api.CaseCorrespondence.CaseMessage;
import se.digiportal.intake.application.CompletionForm;
import se.digiportal.intake.application.Correspondence;
import se.digiportal.intake.application.InitiativeForm;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.CompletionRequestView;
import se.digiportal.intake.application.Views.CriteriaView;
import se.digiportal.intake.application.Views.InitiativeSummary;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.SimilarView;
import se.digiportal.intake.application.Views.TimelineView;
import se.digiportal.intake.application.Views.VersionSummary;
import se.digiportal.intake.application.Views.VersionView;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;

/**
 * The e-tjänst for other e-service platforms and scripts: submit a digitaliseringsinitiativ, read one's cases,
 * and check the criteria without saving. The body's field names are a contract other platforms integrate with.
 */
@Path("/v1")
@Tag(name = "Initiativ")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    static final String EXAMPLE_BODY = """
            {"title":"Digital signering av biståndsbeslut",
             "need":"Biståndsbeslut skrivs ut, signeras för hand och skannas in.",
             "proposedSolution":"E-underskrift med e-legitimation i verksamhetssystemet.",
             "expectedBenefits":"Kortare handläggningstid och inga pappersbeslut.",
             "beneficiaries":["CITIZENS","EMPLOYEES"],
             "serviceArea":"SOCIAL",
             "orgUnit":"SOC-ALD",
             "contact":{"name":"Anna Lindqvist","email":"anna.lindqvist@adalen.example","phone":"0611-34 81 20"},
             "responsibleDirector":"Olle Strand",
             "affectedOrgUnits":["SOC-IFO"],
             "estimatedTotalHours":650,
             "sharedResourceHours":{"DIGITALISATION":40,"LEGAL":10,"PROCUREMENT":0,"OTHER":0},
             "financingClear":true,
             "financingSource":"Äldreomsorgens budget 2027",
             "newItSupport":false,
             "newIntegrations":true,
             "integrationsWith":"Treserva, Public 360",
             "externalProcessing":false,
             "pilot":true,
             "desiredStart":"2027-01-15"}""";

    static final String EXAMPLE_CASE = """
            {"caseNumber":"DIGI-2026-0007","status":"SUBMITTED","submittedAt":"2026-11-21T09:30:00Z",
             "title":"Digital signering av biståndsbeslut","serviceArea":"SOCIAL","orgUnit":"SOC-ALD",
             "criteria":[{"code":"SHARED_RESOURCES_OVER_40H","explanation":"Initiativet behöver kommungemensamma resurser i 50 timmar, mer än 40 timmar."},
                         {"code":"TOTAL_OVER_500H","explanation":"Initiativet beräknas ta 650 timmar totalt, mer än 500 timmar."},
                         {"code":"NEW_INTEGRATIONS","explanation":"Initiativet innefattar nya integrationer mot andra IT-stöd."},
                         {"code":"SEVERAL_UNITS","explanation":"Initiativet berör flera verksamheter (även SOC-IFO)."}]}""";

    @Inject
    IntakeService intake;

    @Inject
    Correspondence correspondence;

    @POST
    @Path("/initiatives")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lämna in ett digitaliseringsinitiativ",
            description = "Registrerar ärendet med diarienummer, kontrollerar kriterierna och skickar kvittens. "
                    + "Samma Idempotency-Key två gånger ger samma ärende, aldrig två.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "initiativ", value = EXAMPLE_BODY)))
    @APIResponse(responseCode = "201", description = "Ärendet är registrerat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "ärende", value = EXAMPLE_CASE)))
    @APIResponse(responseCode = "400", description = "Ogiltiga eller saknade fält (problem+json med varje fält)")
    @APIResponse(responseCode = "401", description = "Inloggning krävs")
    @APIResponse(responseCode = "403", description = "Rollen får inte lämna in initiativ")
    public Response submit(InitiativeForm body,
                           @Parameter(description = "Klientens nyckel för försöket; ett nytt försök med samma nyckel "
                                   + "ger samma ärende", example = "9f1c2e7a-0d6b-4a51-b0e3-8c1f4b1d2a77")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        InitiativeView created = intake.submit(body == null ? new InitiativeForm() : body, idempotencyKey);
        return Response.created(uri.getBaseUriBuilder().path("v1/initiatives").path(created.caseNumber()).build())
                .entity(created).build();
    }

    @GET
    @Path("/initiatives/{caseNumber}")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Ett ärende",
            description = "Inlämnaren, förvaltningens kontaktperson och beredningsgruppen ser ärendet; "
                    + "andra får 404.")
    @APIResponse(responseCode = "200", description = "Ärendet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "ärende", value = EXAMPLE_CASE)))
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    public InitiativeView byCaseNumber(@Parameter(example = "DIGI-2026-0001") @PathParam("caseNumber") String caseNumber) {
        return intake.byCaseNumber(caseNumber);
    }

    @GET
    @Path("/initiatives/{caseNumber}/timeline")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Ärendets tidslinje, äldst först (inlämnat, återkallat och senare beredningens steg)")
    @APIResponse(responseCode = "200", description = "Tidslinjen", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tidslinje", value = "[{\"occurredAt\":\"2026-11-21T09:30:00Z\","
                    + "\"kind\":\"SUBMITTED\",\"detail\":\"Inlämnat med diarienummer DIGI-2026-0007\"}]")))
    public List<TimelineView> timeline(@PathParam("caseNumber") String caseNumber) {
        return intake.timeline(caseNumber);
    }

    @POST
    @Path("/initiatives/{caseNumber}/withdraw")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Återkalla sitt ärende med en motivering")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "motivering", value = "{\"reason\":\"Behovet löses inom befintligt system.\"}")))
    @APIResponse(responseCode = "200", description = "Återkallat")
    @APIResponse(responseCode = "400", description = "Motivering saknas")
    @APIResponse(responseCode = "404", description = "Inte ditt ärende")
    @APIResponse(responseCode = "409", description = "Ärendet kan inte längre återkallas")
    public InitiativeView withdraw(@PathParam("caseNumber") String caseNumber, Withdrawal body) {
        return intake.withdraw(caseNumber, body == null ? null : body.reason());
    }

    /** Why the submitter withdraws the case. */
    public record Withdrawal(String reason) {
    }

    @GET
    @Path("/initiatives/{caseNumber}/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Kvittensen som PDF: hela ärendet som det skickades in, med kriterierna")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    public Response receipt(@PathParam("caseNumber") String caseNumber) {
        byte[] pdf = intake.receiptPdf(caseNumber);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"kvittens-" + caseNumber + ".pdf\"").build();
    }

    @GET
    @Path("/initiatives")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Mina ärenden (mine=true) eller, för beredningsgruppen, alla inlämnade (mine=false)")
    public List<CaseLine> list(@QueryParam("mine") @DefaultValue("true") boolean mine) {
        List<InitiativeSummary> cases = mine ? intake.mine() : intake.submitted();
        return cases.stream().map(CaseLine::of).toList();
    }

    @POST
    @Path("/initiatives/similar")
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liknande inlämnade ärenden (högst fem, från alla verksamheter)",
            description = "Fulltextsökning över rubrik, behov och lösning. Under relevansgränsen visas inget.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "text", value = "{\"title\":\"Digitala trygghetslarm\",\"need\":\"Larm från brukare faller bort.\"}")))
    public List<SimilarView> similar(InitiativeForm body) {
        return intake.similar(body);
    }

    @POST
    @Path("/criteria/evaluate")
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pröva kriterierna för ett initiativ utan att spara något",
            description = "Samma regel som formuläret och inlämningen använder.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "svar", value = "{\"estimatedTotalHours\":501,\"financingClear\":true,"
                    + "\"sharedResourceHours\":{\"LEGAL\":41}}")))
    @APIResponse(responseCode = "200", description = "De uppfyllda kriterierna, eller vägledning om inget är uppfyllt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "resultat",
                    value = "{\"criteria\":[{\"code\":\"SHARED_RESOURCES_OVER_40H\",\"explanation\":\"...\"},"
                            + "{\"code\":\"TOTAL_OVER_500H\",\"explanation\":\"...\"}],\"noneMet\":false,"
                            + "\"guidance\":null}")))
    public CriteriaView evaluate(InitiativeForm body) {
        return intake.evaluate(body);
    }

    @GET
    @Path("/initiatives/{caseNumber}/messages")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Meddelandetråden mellan beredningsgruppen och inlämnaren, äldst först")
    @APIResponse(responseCode = "200", description = "Tråden", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tråd", value = "[{\"id\":1,\"sentAt\":\"2026-11-21T09:30:00Z\","
                    + "\"author\":\"berit\",\"authorName\":\"Berit Holm\",\"fromPreparers\":true,"
                    + "\"subject\":\"Fråga om finansiering\",\"text\":\"Hur finansieras driften efter piloten?\"}]")))
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    public List<CaseMessage> messages(@PathParam("caseNumber") String caseNumber) {
        return correspondence.messages(caseNumber);
    }

    @POST
    @Path("/initiatives/{caseNumber}/messages")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skriv i ärendets tråd",
            description = "Inlämnaren och förvaltningens kontaktperson svarar (ämnet följer tråden); beredningsgruppen "
                    + "skickar ett meddelande med ämne, som också mejlas till kontaktpersonen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "meddelande", value = "{\"subject\":\"Fråga om finansiering\",\"text\":\"Driften finansieras av "
                    + "äldreomsorgens budget.\"}")))
    @APIResponse(responseCode = "201", description = "Meddelandet är sparat")
    @APIResponse(responseCode = "400", description = "Text (eller beredningsgruppens ämne) saknas eller är för lång")
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    public Response write(@PathParam("caseNumber") String caseNumber, MessageBody body) {
        CaseMessage written = correspondence.write(caseNumber, body == null ? null : body.subject(),
                body == null ? null : body.text());
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    /** A message: the subject is the beredningsgrupp's to set; a reply keeps the thread's. */
    public record MessageBody(String subject, String text) {
    }

    @GET
    @Path("/initiatives/{caseNumber}/completion")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Den öppna begäran om komplettering", description = "404 när ingen komplettering väntar.")
    @APIResponse(responseCode = "200", description = "Begäran", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "begäran", value = "{\"caseNumber\":\"DIGI-2026-0001\","
                    + "\"whatToComplete\":\"Beskriv hur driften finansieras efter piloten.\",\"deadline\":\"2026-12-04\","
                    + "\"requestedBy\":\"berit\",\"requestedAt\":\"2026-11-21T09:30:00Z\"}")))
    @APIResponse(responseCode = "404", description = "Ingen öppen begäran, eller ärendet är inte synligt")
    public CompletionRequestView openCompletion(@PathParam("caseNumber") String caseNumber) {
        return correspondence.openRequest(caseNumber)
                .orElseThrow(() -> new NotFoundException("open completion request of " + caseNumber));
    }

    @POST
    @Path("/initiatives/{caseNumber}/completion")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Komplettera ärendet: svar och reviderad text blir en ny version",
            description = "Svaret krävs. Fält som utelämnas behålls; ett fält som skickas tomt tas bort, vilket "
                    + "inte tillåts för ett svar ärendet redan hade. Föregående version sparas oförändrad.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "komplettering", value = "{\"answer\":\"Finansieringen är nu beskriven.\","
                    + "\"financingSource\":\"Äldreomsorgens budget 2027 och statsbidrag\",\"estimatedTotalHours\":700}")))
    @APIResponse(responseCode = "200", description = "Den nya versionen")
    @APIResponse(responseCode = "400", description = "Svar saknas eller ogiltiga fält (problem+json med varje fält)")
    @APIResponse(responseCode = "403", description = "Beredningsgruppen läser men kompletterar inte")
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    @APIResponse(responseCode = "409", description = "Ingen komplettering är begärd")
    public VersionView complete(@PathParam("caseNumber") String caseNumber, CompletionForm body) {
        return correspondence.complete(caseNumber, body);
    }

    @GET
    @Path("/initiatives/{caseNumber}/versions")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "Ärendets versioner, äldst först (1 är den inlämnade)")
    @APIResponse(responseCode = "200", description = "Versionerna", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "versioner", value = "[{\"number\":1,\"createdAt\":\"2026-11-01T09:30:00Z\","
                    + "\"createdBy\":\"anna\",\"answer\":null,\"current\":false},{\"number\":2,"
                    + "\"createdAt\":\"2026-11-21T09:30:00Z\",\"createdBy\":\"anna\","
                    + "\"answer\":\"Finansieringen är nu beskriven.\",\"current\":true}]")))
    @APIResponse(responseCode = "404", description = "Finns inte, eller är inte synligt för den som frågar")
    public List<VersionSummary> versions(@PathParam("caseNumber") String caseNumber) {
        return correspondence.versions(caseNumber);
    }

    @GET
    @Path("/initiatives/{caseNumber}/versions/{number}")
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    @Operation(summary = "En version av ärendets text, som den var då")
    @APIResponse(responseCode = "200", description = "Versionen")
    @APIResponse(responseCode = "404", description = "Versionen eller ärendet finns inte, eller är inte synligt")
    public VersionView version(@PathParam("caseNumber") String caseNumber, @PathParam("number") int number) {
        return correspondence.version(caseNumber, number);
    }

    /** One line of a case list; times as ISO-8601 UTC text. */
    public record CaseLine(long id, String caseNumber, String title, String serviceArea, String status,
                           String submittedAt) {
        static CaseLine of(InitiativeSummary s) {
            return new CaseLine(s.id(), s.caseNumber(), s.title(), s.serviceAreaCode(), s.status().name(),
                    s.submittedAt() == null ? null : s.submittedAt().toString());
        }
    }
}
