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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AdministrationMail;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.AuditEntryView;
import se.digiportal.kernel.application.Views.Page;
import se.digiportal.kernel.application.Views.SettingView;
import se.digiportal.kernel.domain.AuditEntryRepository.AuditQuery;
import se.digiportal.kernel.domain.SettingKey;

/** Administration over the API: settings, the audit trail (read-only) and a test mail. ADMIN only. */
@Path("/v1/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminResource {

    @Inject
    SettingsService settings;

    @Inject
    AuditTrail audit;

    @Inject
    AdministrationMail mail;

    @GET
    @Path("/settings")
    @Operation(summary = "Alla inställningar med standardvärden")
    public List<SettingView> settings() {
        return settings.all();
    }

    @PUT
    @Path("/settings/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ändra en inställning, t.ex. {\"value\":\"40\"}")
    public SettingView change(@PathParam("key") String key, SettingValue body) {
        SettingKey settingKey;
        try {
            settingKey = SettingKey.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new se.digiportal.kernel.api.NotFoundException("setting " + key);
        }
        if (body == null) {
            throw InvalidInputException.of("value", "validation.required");
        }
        return settings.change(settingKey, body.value());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Granskningsloggen, nyast först (kan inte ändras)")
    public Page<AuditEntryView> audit(@QueryParam("entityType") String entityType,
                                      @QueryParam("entityId") String entityId,
                                      @QueryParam("actor") String actor,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        return audit.search(new AuditQuery(entityType, entityId, actor), Math.max(0, first), Math.max(1, max));
    }

    @POST
    @Path("/test-mail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skicka ett testmejl för att pröva SMTP-inställningarna")
    public Response testMail(TestMail body) {
        if (body == null || body.to() == null || !body.to().contains("@")) {
            throw InvalidInputException.of("to", "validation.email");
        }
        mail.sendTestMail(body.to());
        return Response.accepted().build();
    }

    public record SettingValue(String value) {
    }

    public record TestMail(String to) {
    }
}
