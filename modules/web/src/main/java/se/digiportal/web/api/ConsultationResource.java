package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.council.application.ConsultationViews.ConsultationDetail;
import se.digiportal.council.application.ConsultationViews.ConsultationResult;
import se.digiportal.council.application.ConsultationViews.ConsultationView;
import se.digiportal.council.application.ConsultationViews.MemberView;
import se.digiportal.council.application.Consultations;
import se.digiportal.council.application.CouncilMembership;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;

/**
 * Snabbsamråd on IT procurements and the council's membership over HTTP. Council members read; the secretary opens a
 * requested samråd and keeps the membership; the members asked answer.
 */
@Path("/v1/council")
@Tag(name = "Digitaliseringsrådet – samråd", description = "Snabbsamråd om IT-upphandling och rådets ledamöter")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class ConsultationResource {

    @Inject
    Consultations consultations;

    @Inject
    CouncilMembership membership;

    @GET
    @Path("/consultations")
    @Operation(summary = "Snabbsamråd: begärda och öppna (närmast svarstid först), sedan avslutade (senaste först)")
    public List<ConsultationView> list() {
        return consultations.list();
    }

    @GET
    @Path("/consultations/{id}")
    @Operation(summary = "Ett snabbsamråd med tillfrågade ledamöter och alla svar")
    @APIResponse(responseCode = "404", description = "Samrådet finns inte")
    public ConsultationDetail consultation(@PathParam("id") long id) {
        return consultations.consultation(id);
    }

    @GET
    @Path("/consultations/{id}/results")
    @Operation(summary = "Samrådets resultat: antal svar medan det är öppet, utfallet med invändningar och "
            + "synpunkter när det är avslutat")
    @APIResponse(responseCode = "404", description = "Samrådet finns inte")
    public ConsultationResult results(@PathParam("id") long id) {
        return consultations.result(id);
    }

    @GET
    @Path("/consultations/{id}/underlag.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Ärendets publicerade beslutsunderlag som PDF")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Samrådet eller underlaget finns inte")
    public Response underlag(@PathParam("id") long id) {
        return Response.ok(consultations.underlagPdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"underlag-samrad-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/consultations/{id}/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Öppna ett begärt snabbsamråd för rådets ledamöter med svarstid (sekreteraren)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "öppna",
            value = "{\"deadline\":\"2026-12-04T15:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "Samrådet är öppet")
    @APIResponse(responseCode = "400", description = "deadline saknas, är ogiltig eller har passerat")
    @APIResponse(responseCode = "409", description = "Samrådet är redan öppnat, eller rådet saknar ledamöter")
    public ConsultationView open(@PathParam("id") long id, JsonObject body) {
        String deadline = string(body, "deadline");
        return consultations.open(id, deadline == null || deadline.isBlank() ? null : instant("deadline", deadline));
    }

    @POST
    @Path("/consultations/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_MEMBER)
    @Operation(summary = "Svara i samrådet, eller ändra sitt svar medan det är öppet (tillfrågad ledamot)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "tillstyrker", value = "{\"answer\":\"AGREE\"}"),
            @ExampleObject(name = "invänder", value = "{\"answer\":\"OBJECT\",\"text\":\"Avtalet saknar exitklausul.\"}"),
            @ExampleObject(name = "synpunkt", value = "{\"answer\":\"COMMENT\",\"text\":\"Ta med IT-enheten.\"}")}))
    @APIResponse(responseCode = "200", description = "Svaret är registrerat")
    @APIResponse(responseCode = "400", description = "answer saknas eller är okänt (AGREE, OBJECT, COMMENT); text "
            + "saknas vid invändning eller synpunkt, eller är längre än 2 000 tecken")
    @APIResponse(responseCode = "409", description = "Samrådet är inte öppet (avslutat eller svarstiden har gått ut), "
            + "eller ledamoten är inte tillfrågad")
    public ConsultationView respond(@PathParam("id") long id, JsonObject body) {
        return consultations.respond(id, string(body, "answer"), string(body, "text"));
    }

    @GET
    @Path("/members")
    @Operation(summary = "Rådets ledamöter med funktion (CHAIR, SECRETARY, MEMBER) och plats i utskottet")
    public List<MemberView> members() {
        return membership.members();
    }

    @PUT
    @Path("/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Ge en användare med rollen COUNCIL_MEMBER plats i rådet, eller ändra platsen (sekreteraren)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ledamot",
            value = "{\"function\":\"MEMBER\",\"inUtskott\":true}")))
    @APIResponse(responseCode = "200", description = "Platsen är sparad")
    @APIResponse(responseCode = "400", description = "username är ingen rådsledamot enligt roll; function saknas, är "
            + "okänd eller ger en andra ordförande/sekreterare; inUtskott ger fler än fem i utskottet")
    public MemberView seat(@PathParam("username") String username, JsonObject body) {
        return membership.seat(username, string(body, "function"),
                body != null && body.get("inUtskott") == JsonValue.TRUE);
    }

    @DELETE
    @Path("/members/{username}")
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Ta bort en ledamot ur rådet (sekreteraren)")
    @APIResponse(responseCode = "204", description = "Ledamoten har inte längre plats i rådet")
    @APIResponse(responseCode = "404", description = "Användaren har ingen plats i rådet")
    public void unseat(@PathParam("username") String username) {
        membership.unseat(username);
    }

    private static String string(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "council.consultation.error." + field);
        }
    }
}
