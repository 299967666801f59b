package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.portfolio.application.Priorities;
import se.digiportal.portfolio.application.PriorityViews.PrioritizationView;
import se.digiportal.portfolio.application.PriorityViews.ScenarioView;

/**
 * The yearly prioritization over HTTP: the year's candidates with the suggestion and frontier, its saved scenarios,
 * saving the current suggestion as a scenario and freezing one as the year's decision (the project office), and
 * the frozen decision (also the council and the beredningsgrupp).
 */
@Path("/v1/portfolio/priorities")
@Tag(name = "Årlig prioritering", description = "Budgetårets kandidater, scenarier och portföljbeslut")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PROJECT_OFFICE)
public class PrioritiesResource {

    @Inject
    Priorities priorities;

    @GET
    @Path("/{year}")
    @Operation(summary = "Budgetårets kandidater med poäng, förslaget inom budget och värde-mot-kostnad-fronten")
    @APIResponse(responseCode = "400", description = "Ogiltigt år")
    public PrioritizationView workspace(@PathParam("year") String year) {
        return priorities.workspace(year(year));
    }

    @GET
    @Path("/{year}/scenarios")
    @Operation(summary = "Budgetårets sparade scenarier, senaste först")
    @APIResponse(responseCode = "400", description = "Ogiltigt år")
    public List<ScenarioView> scenarios(@PathParam("year") String year) {
        return priorities.scenarios(year(year));
    }

    @POST
    @Path("/{year}/scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spara det aktuella förslaget som ett namngivet scenario (en ögonblicksbild som inte ändras)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "scenario", value = "{\"name\":\"Grundförslag\"}")))
    @APIResponse(responseCode = "201", description = "Scenariot är sparat")
    @APIResponse(responseCode = "400", description = "name saknas eller är för långt, eller de inträngda "
            + "initiativen kostar mer än budgeten (forceIn)")
    @APIResponse(responseCode = "409", description = "Året har redan ett fastställt beslut")
    public Response save(@PathParam("year") String year, JsonObject body, @Context UriInfo uri) {
        String name = body != null && body.get("name") instanceof JsonString s ? s.getString() : null;
        ScenarioView saved = priorities.saveScenario(year(year), name);
        return Response.created(uri.getBaseUriBuilder().path("v1/portfolio/priorities").path(year)
                .path("scenarios").path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @POST
    @Path("/scenarios/{id}/freeze")
    @Operation(summary = "Fastställ scenariot som årets portföljbeslut; därefter ändras varken det eller året")
    @APIResponse(responseCode = "404", description = "Scenariot finns inte")
    @APIResponse(responseCode = "409", description = "Året har redan ett fastställt beslut")
    public ScenarioView freeze(@PathParam("id") long id) {
        return priorities.freeze(id);
    }

    @GET
    @Path("/{year}/decision")
    @RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
            Role.Names.COUNCIL_SECRETARY})
    @Operation(summary = "Årets fastställda portföljbeslut")
    @APIResponse(responseCode = "404", description = "Inget scenario är fastställt för året")
    public ScenarioView decision(@PathParam("year") String year) {
        return priorities.decision(year(year)).orElseThrow(() -> new NotFoundException("priorities.error.noDecision"));
    }

    private static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw InvalidInputException.of("year", "priorities.error.year");
        }
        return Integer.parseInt(text);
    }
}
