package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.application.FollowUpForm;
import se.digiportal.objects.application.ManagedObjects;
import se.digiportal.objects.application.ObjectPlans;
import se.digiportal.objects.application.PlanForm;
import se.digiportal.objects.application.SystemRegister;
import se.digiportal.objects.application.Views.ImportResult;
import se.digiportal.objects.application.Views.ManagedObjectView;
import se.digiportal.objects.application.Views.ObjectDetailView;
import se.digiportal.objects.application.Views.OrgUnitOverview;
import se.digiportal.objects.application.Views.PlanView;
import se.digiportal.objects.application.Views.SystemView;

/** Nackamodellen over HTTP: förvaltningsobjekt, their yearly objektplan and the system register. */
@Path("/v1")
@Tag(name = "Förvaltningsobjekt", description = "Objekt, objektplaner och systemregister enligt Nackamodellen")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectsResource {

    @Inject
    ManagedObjects objects;

    @Inject
    ObjectPlans plans;

    @Inject
    SystemRegister register;

    @GET
    @Path("/objects")
    @RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
    @Operation(summary = "Alla förvaltningsobjekt med antal system och vad som saknas")
    public List<ManagedObjectView> objects() {
        return objects.all();
    }

    @GET
    @Path("/objects/{id}")
    @RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
    @Operation(summary = "Ett förvaltningsobjekt med dess system och objektplaner")
    @APIResponse(responseCode = "404", description = "Objektet finns inte")
    public ObjectDetailView object(@PathParam("id") long id) {
        return objects.object(id);
    }

    @GET
    @Path("/objects/{id}/plans/{year}")
    @RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
    @Operation(summary = "Objektets objektplan för ett år")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public PlanView plan(@PathParam("id") long id, @PathParam("year") int year) {
        return plans.plan(id, year);
    }

    @PUT
    @Path("/objects/{id}/plans/{year}")
    @RolesAllowed(Role.Names.OBJECT_LEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spara objektplanen (objektledarparet; första sparningen skapar ett utkast)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = "{\"overallPlan\":\"Stabil drift\","
            + "\"goals\":[{\"description\":\"Mobil dokumentation i hela hemtjänsten\"}],"
            + "\"activities\":[{\"kind\":\"VIDAREUTVECKLING\",\"description\":\"Införa app\",\"quarter\":2,"
            + "\"owner\":\"lena\",\"cost\":250000}],\"budget\":[{\"category\":\"Licenser\",\"amount\":1200000}],"
            + "\"initiatives\":[{\"term\":\"SHORT\",\"title\":\"Digital signering\",\"caseNumber\":\"DIGI-2026-0001\"}]}")))
    @APIResponse(responseCode = "400", description = "Ogiltiga fält (problem+json)")
    @APIResponse(responseCode = "403", description = "Anroparen är inte objektledare för objektet")
    @APIResponse(responseCode = "409", description = "Planen är inlämnad eller fastställd (låst)")
    public PlanView save(@PathParam("id") long id, @PathParam("year") int year, PlanForm form) {
        return plans.save(id, year, form);
    }

    @POST
    @Path("/objects/{id}/plans/{year}/submit")
    @RolesAllowed(Role.Names.OBJECT_LEAD)
    @Operation(summary = "Lämna in objektplanen till objektägaren")
    @APIResponse(responseCode = "400", description = "Objektet saknar ägare, objektledare eller systemspecialister")
    @APIResponse(responseCode = "409", description = "Planen kan inte lämnas in i sitt nuvarande läge")
    public PlanView submit(@PathParam("id") long id, @PathParam("year") int year) {
        return plans.submit(id, year);
    }

    @POST
    @Path("/objects/{id}/plans/{year}/approve")
    @RolesAllowed(Role.Names.OBJECT_OWNER)
    @Operation(summary = "Fastställ objektplanen (objektägaren); planen låses")
    @APIResponse(responseCode = "403", description = "Anroparen är inte objektägare för objektet")
    @APIResponse(responseCode = "409", description = "Planen är inte inlämnad")
    public PlanView approve(@PathParam("id") long id, @PathParam("year") int year) {
        return plans.approve(id, year);
    }

    @POST
    @Path("/objects/{id}/plans/{year}/return")
    @RolesAllowed(Role.Names.OBJECT_OWNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Återsänd objektplanen till objektledarparet med kommentar")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kommentar",
            value = "{\"comment\":\"Budgeten saknar licenskostnader.\"}")))
    public PlanView returnToLeads(@PathParam("id") long id, @PathParam("year") int year, JsonObject body) {
        String comment = body != null && body.get("comment") instanceof JsonString s ? s.getString() : null;
        return plans.returnToLeads(id, year, comment);
    }

    @PUT
    @Path("/objects/{id}/plans/{year}/follow-up")
    @RolesAllowed(Role.Names.OBJECT_LEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spara uppföljningen vid årets slut av en fastställd objektplan (objektledarparet)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "uppföljning", value = "{\"goals\":"
            + "[{\"outcome\":\"92 % dokumenterar mobilt\"}],\"activities\":[{\"outcome\":\"Klart\",\"done\":true}]}")))
    @APIResponse(responseCode = "400", description = "Inte en rad per mål och aktivitet (problem+json)")
    @APIResponse(responseCode = "403", description = "Anroparen är inte objektledare för objektet")
    @APIResponse(responseCode = "409", description = "Planen är inte fastställd")
    public PlanView recordFollowUp(@PathParam("id") long id, @PathParam("year") int year, FollowUpForm form) {
        return plans.recordFollowUp(id, year, form);
    }

    @POST
    @Path("/objects/{id}/plans/{year}/copy")
    @RolesAllowed({Role.Names.OBJECT_LEAD, Role.Names.OBJECT_OWNER})
    @Operation(summary = "Skapa nästa års objektplan som en kopia av årets")
    @APIResponse(responseCode = "201", description = "Nästa års utkast")
    @APIResponse(responseCode = "409", description = "Nästa år har redan en plan")
    public Response copyToNextYear(@PathParam("id") long id, @PathParam("year") int year, @Context UriInfo uri) {
        PlanView next = plans.copyToNextYear(id, year);
        return Response.created(uri.getBaseUriBuilder().path("v1/objects/{id}/plans/{year}").build(id, next.year()))
                .entity(next).build();
    }

    @GET
    @Path("/systems")
    @RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
    @Operation(summary = "Systemregistret, filtrerat")
    @APIResponse(responseCode = "400", description = "Okänd förvaltning, livscykel eller kritikalitet")
    public List<SystemView> systems(
            @Parameter(description = "Förvaltningens id eller kod, t.ex. SOC") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "PLANNED, IN_USE, PHASING_OUT eller RETIRED") @QueryParam("lifecycle") String lifecycle,
            @Parameter(description = "LOW, MEDIUM, HIGH eller CRITICAL") @QueryParam("criticality") String criticality,
            @Parameter(description = "true: bara system som behandlar personuppgifter") @QueryParam("personalData") Boolean personalData) {
        return register.systems(orgUnit, lifecycle, criticality, personalData);
    }

    @GET
    @Path("/systems/overview")
    @RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
    @Operation(summary = "Systemöversikt per förvaltning")
    public List<OrgUnitOverview> overview() {
        return register.overview();
    }

    @POST
    @Path("/systems/import")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Importera en systemlista (CSV): alla rader eller ingen",
            description = "Kolumner: name, orgUnit (kod), lifecycle, criticality (obligatoriska); description, object "
                    + "(objektets namn), supplier, contractEnd (ÅÅÅÅ-MM-DD), disposition, personalData, sensitiveData, "
                    + "processorAgreement (ja/nej), integrations (kommaseparerade), businessSpecialist, itSpecialist "
                    + "(användarnamn). Med preview=true sparas inget.")
    @APIResponse(responseCode = "200", description = "Importerat, eller förhandsvisning med fel per rad och kolumn")
    @APIResponse(responseCode = "400", description = "Filen har fel; inget importerades (fälten heter \"row N: kolumn\")")
    public ImportResult importSystems(@QueryParam("preview") boolean preview, String csv) {
        return preview ? register.previewImport(csv) : register.importCsv(csv);
    }
}
