package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.OrgUnitForm;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.ServiceAreaForm;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;

/** The organisation (förvaltningar, verksamheter, enheter) and the service areas. */
@Path("/v1")
@Tag(name = "Organisation")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @GET
    @Path("/org-units")
    @RolesAllowed("**")
    @Operation(summary = "Alla organisationsenheter")
    public List<OrgUnitView> orgUnits() {
        return organisation.orgUnits();
    }

    @GET
    @Path("/org-units/{id}")
    @RolesAllowed("**")
    @Operation(summary = "En organisationsenhet")
    public OrgUnitView orgUnit(@PathParam("id") long id) {
        return organisation.orgUnit(id);
    }

    @POST
    @Path("/org-units")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skapa en organisationsenhet")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verksamhet",
            value = "{\"code\":\"SOC-BOST\",\"name\":\"Bostadsenheten\",\"kind\":\"VERKSAMHET\",\"parentId\":2}")))
    @APIResponse(responseCode = "201", description = "Skapad")
    @APIResponse(responseCode = "400", description = "Ogiltiga fält (problem+json med fälten)")
    @APIResponse(responseCode = "409", description = "Koden finns redan")
    public Response createOrgUnit(OrgUnitForm form, @Context UriInfo uri) {
        OrgUnitView created = organisation.createOrgUnit(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/org-units/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra en organisationsenhet (namn, överordnad, aktiv, förvaltningschef)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "förvaltning med förvaltningschef",
            value = "{\"code\":\"SOC\",\"name\":\"Socialförvaltningen\",\"kind\":\"FORVALTNING\",\"manager\":\"olle\"}")))
    @APIResponse(responseCode = "200", description = "Ändrad")
    @APIResponse(responseCode = "400", description = "Ogiltiga fält (problem+json med fälten, t.ex. manager)")
    public OrgUnitView updateOrgUnit(@PathParam("id") long id, OrgUnitForm form) {
        return organisation.updateOrgUnit(id, form);
    }

    @GET
    @Path("/service-areas")
    @RolesAllowed("**")
    @Operation(summary = "Tjänsteområdena")
    public List<ServiceAreaView> serviceAreas() {
        return organisation.serviceAreas();
    }

    @PUT
    @Path("/service-areas/{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra ett tjänsteområde")
    public ServiceAreaView updateServiceArea(@PathParam("code") String code, ServiceAreaForm form) {
        return organisation.updateServiceArea(code, form);
    }
}
