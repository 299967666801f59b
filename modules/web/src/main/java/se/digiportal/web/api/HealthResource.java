package se.digiportal.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.application.HealthService;

/** Liveness and readiness for load balancers and monitoring: public, and UP only when the database answers. */
@Path("/health")
@Tag(name = "Drift")
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hälsa: UP när databasen svarar, annars 503 DOWN")
    public Response health() {
        boolean up = health.databaseUp();
        var body = Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", Json.createObjectBuilder().add("database", up ? "UP" : "DOWN"))
                .build();
        return Response.status(up ? 200 : 503).entity(body.toString()).build();
    }
}
