package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.application.CorrectionForm;
import se.digiportal.objects.application.SystemInventory;
import se.digiportal.objects.application.Views.InventoryReport;
import se.digiportal.objects.application.Views.RoundView;
import se.digiportal.objects.application.Views.TaskView;

/** The systeminventering over HTTP: rounds for förvaltningsledare, tasks for systemspecialists. */
@Path("/v1/inventory")
@Tag(name = "Systeminventering", description = "Inventeringsomgångar, uppgifter per system och fullständighetsrapport")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    SystemInventory inventory;

    @GET
    @Path("/rounds")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    @Operation(summary = "Alla inventeringsomgångar med svar hittills")
    public List<RoundView> rounds() {
        return inventory.rounds();
    }

    @POST
    @Path("/rounds")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Öppna en inventeringsomgång (hela registret eller ett objekts system)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "omgång", value = "{\"title\":\"Systeminventering 2027\","
            + "\"objectId\":null,\"deadline\":\"2027-04-30\",\"remindOn\":\"2027-04-20\"}")))
    @APIResponse(responseCode = "201", description = "Öppnad; systemspecialisterna har fått uppgift och e-post")
    @APIResponse(responseCode = "400", description = "Ogiltiga datum eller inga system")
    public Response open(JsonObject body, @Context UriInfo uri) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        RoundView round = inventory.openRound(string(b, "title"),
                b.get("objectId") instanceof JsonNumber n ? n.longValue() : null,
                date(b, "deadline"), date(b, "remindOn"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(round.id())).build())
                .entity(round).build();
    }

    @GET
    @Path("/rounds/{id}/report")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    @Operation(summary = "Fullständighetsrapport per förvaltning och objekt")
    public InventoryReport report(@PathParam("id") long id) {
        return inventory.report(id);
    }

    @POST
    @Path("/rounds/{id}/close")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    @Operation(summary = "Avsluta omgången; svarar med slutrapporten")
    public InventoryReport close(@PathParam("id") long id) {
        return inventory.closeRound(id);
    }

    @GET
    @Path("/tasks")
    @RolesAllowed("**")
    @Operation(summary = "Mina öppna inventeringsuppgifter")
    public List<TaskView> myTasks() {
        return inventory.myTasks();
    }

    @POST
    @Path("/tasks/{id}/confirm")
    @RolesAllowed("**")
    @Operation(summary = "Bekräfta att registrets uppgifter om systemet stämmer")
    @APIResponse(responseCode = "403", description = "Anroparen är inte systemspecialist för systemet")
    public TaskView confirm(@PathParam("id") long id) {
        return inventory.confirm(id);
    }

    @POST
    @Path("/tasks/{id}/correct")
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rätta systemets uppgifter (null behåller registrets värde)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rättelse",
            value = "{\"contractEnd\":\"2029-03-31\",\"note\":\"Avtalet är förlängt.\"}")))
    public TaskView correct(@PathParam("id") long id, CorrectionForm form) {
        return inventory.correct(id, form);
    }

    private static String string(JsonObject body, String name) {
        return body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static LocalDate date(JsonObject body, String name) {
        String text = string(body, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "system.import.date.invalid");
        }
    }
}
