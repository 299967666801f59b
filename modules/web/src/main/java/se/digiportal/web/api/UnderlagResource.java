package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.kernel.api.Role;

/** A case's underlag (decision basis) as PDF for API clients of the beredningsgrupp: draft or published. */
@Path("/v1")
@Tag(name = "Beredning")
public class UnderlagResource {

    @Inject
    DecisionBasisPreparation preparation;

    @GET
    @Path("/beredning/cases/{caseNumber}/underlag.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.Names.PREPARER)
    @Operation(summary = "Ärendets beslutsunderlag som PDF; ett utkast är märkt UTKAST")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Ärendet finns inte")
    @APIResponse(responseCode = "409", description = "Ärendet är inte hänvisat till rådet eller till samråd")
    public Response pdf(@PathParam("caseNumber") String caseNumber) {
        byte[] pdf = preparation.pdf(caseNumber);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"underlag-" + caseNumber + ".pdf\"").build();
    }
}
