package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.intake.application.InitiativeForm;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.AttachmentView;
import se.digiportal.kernel.api.Role;

/** Drafts over the API, so a platform can attach files before the case is submitted. Only the author sees them. */
@Path("/v1/drafts")
@Tag(name = "Initiativ")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT})
public class DraftResource {

    @Inject
    IntakeService intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spara ett utkast (rubrik, behov och tjänsteområde räcker)")
    @APIResponse(responseCode = "201", description = "Utkastet är sparat; svaret bär dess id")
    public Response create(InitiativeForm body, @Context UriInfo uri) {
        long id = intake.saveDraft(null, body == null ? new InitiativeForm() : body).id();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(new DraftId(id)).build();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Bifoga en fil till utkastet (PDF, Office eller bild; typen kontrolleras mot innehållet)")
    @APIResponse(responseCode = "201", description = "Bifogad")
    @APIResponse(responseCode = "400", description = "Fel filtyp, för stor, för många eller otillåtet filnamn")
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "Filens namn, t.ex. behovsanalys.pdf") @QueryParam("name") String name,
                           byte[] content) {
        return Response.status(Response.Status.CREATED).entity(intake.attach(id, name, content)).build();
    }

    @GET
    @Path("/{id}/attachments")
    @Operation(summary = "Bifogade filer")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return intake.attachments(id);
    }

    public record DraftId(long id) {
    }
}
