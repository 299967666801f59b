package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.council.application.CouncilDecisions;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.council.application.MinutesCorrections;
import se.digiportal.council.application.Views.CorrectionView;
import se.digiportal.council.application.Views.AgendaItemView;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.DecisionForm;
import se.digiportal.council.application.Views.DecisionView;
import se.digiportal.council.application.Views.MeetingDetail;
import se.digiportal.council.application.Views.ReferralView;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;

/**
 * Digitaliseringsrådet over HTTP: meetings, their agenda with each case's underlag, and the decisions. Members
 * read; only the secretary plans meetings, builds the agenda and records decisions.
 */
@Path("/v1/council")
@Tag(name = "Digitaliseringsrådet", description = "Rådets sammanträden, föredragningslista och beslut")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilResource {

    @Inject
    CouncilMeetings meetings;

    @Inject
    CouncilDecisions decisions;

    @Inject
    se.digiportal.council.application.CouncilMinutes minutes;

    @Inject
    MinutesCorrections corrections;

    @Inject
    Clock clock;

    @GET
    @Path("/meetings")
    @Operation(summary = "Rådets sammanträden från och med en tidpunkt (standard: nu), tidigast först")
    @APIResponse(responseCode = "400", description = "Ogiltig tidpunkt")
    @APIResponse(responseCode = "200", description = "Sammanträdena", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "sammanträden", value = "[{\"id\":7,\"startsAt\":\"2026-12-10T12:00:00Z\","
                    + "\"location\":\"Stadshuset, kommunstyrelsesalen\",\"status\":\"PLANNED\","
                    + "\"agendaSentAt\":\"2026-12-03T08:00:00Z\"}]")))
    public List<CouncilMeetingView> meetings(
            @Parameter(description = "ISO-8601-tidpunkt, t.ex. 2026-12-01T00:00:00Z") @QueryParam("from") String from) {
        return meetings.upcoming(from == null || from.isBlank() ? clock.instant() : instant("from", from));
    }

    @GET
    @Path("/meetings.ics")
    @Produces("text/calendar")
    @Operation(summary = "Rådets sammanträden som prenumererbar kalender (iCalendar, RFC 5545), från ett år bakåt; "
            + "inställda med STATUS:CANCELLED")
    @APIResponse(responseCode = "200", description = "iCalendar", content = @Content(mediaType = "text/calendar"))
    public Response calendar() {
        return Response.ok(meetings.calendar(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"digitaliseringsradet.ics\"").build();
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Planera ett sammanträde (sekreteraren)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sammanträde",
            value = "{\"startsAt\":\"2026-12-10T12:00:00Z\",\"location\":\"Stadshuset, kommunstyrelsesalen\"}")))
    @APIResponse(responseCode = "201", description = "Sammanträdet är planerat")
    @APIResponse(responseCode = "400", description = "startsAt saknas eller har passerat, location saknas")
    public Response schedule(JsonObject body, @Context UriInfo uri) {
        String startsAt = string(body, "startsAt");
        Instant at = startsAt == null || startsAt.isBlank() ? null : instant("startsAt", startsAt);
        CouncilMeetingView created = meetings.schedule(at, string(body, "location"));
        return Response.created(uri.getBaseUriBuilder().path("v1/council/meetings").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    @GET
    @Path("/meetings/{id}")
    @Operation(summary = "Ett sammanträde med dess föredragningslista")
    @APIResponse(responseCode = "404", description = "Sammanträdet finns inte")
    public MeetingDetail meeting(@PathParam("id") long id) {
        return meetings.meeting(id);
    }

    @GET
    @Path("/meetings/{id}/agenda")
    @Operation(summary = "Sammanträdets föredragningslista i ordning, med beslut där de är fattade")
    @APIResponse(responseCode = "404", description = "Sammanträdet finns inte")
    @APIResponse(responseCode = "200", description = "Föredragningslistan", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "en punkt", value = "[{\"id\":41,"
                    + "\"position\":1,\"referral\":{\"id\":12,\"caseNumber\":\"DIGI-2026-0042\","
                    + "\"title\":\"Digital signering av biståndsbeslut\",\"underlagId\":9,\"kind\":\"DECISION\","
                    + "\"proposedDecision\":\"Rådet beviljar initiativet som pilot.\",\"status\":\"SCHEDULED\"},"
                    + "\"decision\":null}]")))
    public List<AgendaItemView> agenda(@PathParam("id") long id) {
        return meetings.meeting(id).agenda();
    }

    @POST
    @Path("/meetings/{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Placera ett hänskjutet ärende sist på föredragningslistan (sekreteraren)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "placera", value = "{\"referralId\":12}")))
    @APIResponse(responseCode = "201", description = "Ärendet står på föredragningslistan")
    @APIResponse(responseCode = "400", description = "referralId saknas eller är okänt")
    @APIResponse(responseCode = "409", description = "Sammanträdet är inte planerat, eller ärendet väntar inte på "
            + "att schemaläggas")
    public Response place(@PathParam("id") long id, JsonObject body) {
        AgendaItemView item = meetings.place(id, number("referralId", body));
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @POST
    @Path("/meetings/{id}/agenda/dispatch")
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Skicka föredragningslistan till rådets ledamöter med sammanträdet som .ics (sekreteraren)")
    @APIResponse(responseCode = "200", description = "Föredragningslistan är skickad")
    @APIResponse(responseCode = "409", description = "Sammanträdet är inte planerat eller listan är tom")
    public CouncilMeetingView sendAgenda(@PathParam("id") long id) {
        return meetings.sendAgenda(id);
    }

    @PUT
    @Path("/meetings/{id}/agenda/{itemId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Flytta en punkt på föredragningslistan (1 = först; sekreteraren)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "först", value = "{\"position\":1}")))
    @APIResponse(responseCode = "400", description = "position saknas eller ligger utanför listan")
    public MeetingDetail move(@PathParam("id") long id, @PathParam("itemId") long itemId, JsonObject body) {
        return meetings.move(id, itemId, (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, number("position", body))));
    }

    @GET
    @Path("/meetings/{id}/agenda/{itemId}/underlag.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Beslutsunderlaget för en punkt på föredragningslistan, som PDF")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Punkten finns inte")
    public Response underlag(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return Response.ok(meetings.underlagPdf(id, itemId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"underlag-" + itemId + ".pdf\"").build();
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "Ärenden som väntar på att placeras på ett sammanträde, äldst först")
    public List<ReferralView> toBeScheduled() {
        return meetings.toBeScheduled();
    }

    @GET
    @Path("/decisions")
    @Operation(summary = "Rådets beslut, senaste först; ett sammanträdes och/eller ett ärendes när meetingId/caseNumber "
            + "anges. Varje beslut bär sammanträde, punkt (§) och protokoll (id och länkar), så att ärendet kan följas "
            + "till det justerade protokollet")
    @APIResponse(responseCode = "200", description = "Besluten", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "ett ärendes beslut", value = "[{\"agendaItemId\":41,\"agendaItemNumber\":2,"
                    + "\"meetingId\":7,\"meetingStartsAt\":\"2026-12-10T12:00:00Z\",\"caseNumber\":\"DIGI-2026-0042\","
                    + "\"title\":\"Digital signering av biståndsbeslut\",\"outcome\":\"APPROVED\","
                    + "\"motivation\":\"Stärker rättssäkerheten.\",\"conditions\":\"Som pilot\",\"decidedBy\":\"rolf\","
                    + "\"decidedAt\":\"2026-12-10T13:05:00Z\",\"minutesId\":3,\"minutesStatus\":\"ADJUSTED\","
                    + "\"links\":{\"meeting\":\"/api/v1/council/meetings/7\",\"agenda\":\"/api/v1/council/meetings/7/agenda\","
                    + "\"meetingPage\":\"/council/meeting.xhtml?id=7#item-41\",\"minutes\":\"/api/v1/council/meetings/7/minutes\","
                    + "\"minutesPdf\":\"/api/v1/council/meetings/7/minutes.pdf\",\"casePage\":\"/beredning/case.xhtml?case=DIGI-2026-0042\"}}]")))
    public List<DecisionView> decisions(@QueryParam("meetingId") Long meetingId,
                                        @Parameter(description = "Diarienummer, t.ex. DIGI-2026-0042")
                                        @QueryParam("caseNumber") String caseNumber) {
        return decisions.decisions(meetingId, caseNumber);
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Protokollför rådets beslut i en punkt (sekreteraren): APPROVED, REJECTED, RETURNED "
            + "(återremiss, med whatToComplete) eller DEFERRED (bordläggs till nästa sammanträde)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "beviljat som pilot", value = "{\"agendaItemId\":3,"
            + "\"outcome\":\"APPROVED\",\"motivation\":\"Stärker äldreomsorgen.\",\"conditions\":\"Som pilot\"}")))
    @APIResponse(responseCode = "201", description = "Beslutet är protokollfört, sökanden har fått e-post")
    @APIResponse(responseCode = "400", description = "Fält saknas eller är ogiltiga; varje fält namnges")
    @APIResponse(responseCode = "409", description = "Punkten är redan beslutad eller sammanträdet inställt")
    public Response decide(JsonObject body) {
        DecisionView decision = decisions.decide(new DecisionForm(number("agendaItemId", body),
                string(body, "outcome"), string(body, "motivation"), string(body, "conditions"),
                string(body, "whatToComplete")));
        return Response.status(Response.Status.CREATED).entity(decision).build();
    }

    @GET
    @Path("/meetings/{id}/minutes")
    @Operation(summary = "Sammanträdets protokoll (utkast eller justerat)")
    @APIResponse(responseCode = "404", description = "Inget protokoll ännu")
    public se.digiportal.council.application.Views.MinutesView minutes(@PathParam("id") long id) {
        return minutes.minutes(id);
    }

    @POST
    @Path("/meetings/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Skapa protokollet ur sammanträdet (närvarande, punkter, beslut) med en namngiven justerare")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "utkast", value = "{\"adjuster\":\"maria\"}")))
    @APIResponse(responseCode = "201", description = "Protokollet är skapat som utkast")
    @APIResponse(responseCode = "400", description = "Justeraren är inte ledamot")
    @APIResponse(responseCode = "409", description = "Protokoll finns redan, eller sammanträdet är inställt")
    public Response draftMinutes(@PathParam("id") long id, JsonObject body) {
        return Response.status(Response.Status.CREATED).entity(minutes.draft(id, string(body, "adjuster"))).build();
    }

    @PUT
    @Path("/meetings/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Redigera protokollsutkastet (sekreteraren); ett justerat protokoll ändras aldrig")
    @APIResponse(responseCode = "400", description = "present, body eller adjuster saknas eller är ogiltig")
    @APIResponse(responseCode = "409", description = "Protokollet är justerat")
    public se.digiportal.council.application.Views.MinutesView editMinutes(@PathParam("id") long id, JsonObject body) {
        return minutes.edit(id, string(body, "present"), string(body, "body"), string(body, "adjuster"));
    }

    @POST
    @Path("/meetings/{id}/minutes/adjustment")
    @Operation(summary = "Justera protokollet (endast den namngivna justeraren); därefter är det låst")
    @APIResponse(responseCode = "409", description = "Redan justerat, eller anroparen är inte justerare")
    public se.digiportal.council.application.Views.MinutesView adjustMinutes(@PathParam("id") long id) {
        return minutes.adjust(id);
    }

    @GET
    @Path("/meetings/{id}/minutes.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Protokollet som PDF; ett utkast är märkt UTKAST")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Inget protokoll ännu")
    public Response minutesPdf(@PathParam("id") long id) {
        return Response.ok(minutes.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"protokoll-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/meetings/{id}/minutes/corrections")
    @Operation(summary = "Rättelser av sammanträdets justerade protokoll, äldst först; var och en ett eget dokument som "
            + "namnger protokollet det rättar (correctsMinutesId)")
    public List<CorrectionView> corrections(@PathParam("id") long id) {
        return corrections.corrections(id);
    }

    @POST
    @Path("/meetings/{id}/minutes/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Skapa en rättelse av det justerade protokollet (sekreteraren); protokollet självt ändras aldrig")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rättelse", value = "{\"body\":\"I § 2 ska villkoret "
            + "lyda: som pilot under 2027.\",\"adjuster\":\"sven\"}")))
    @APIResponse(responseCode = "201", description = "Rättelsen är skapad som utkast")
    @APIResponse(responseCode = "400", description = "body saknas eller är för lång, adjuster är inte ledamot")
    @APIResponse(responseCode = "404", description = "Sammanträdet har inget protokoll")
    @APIResponse(responseCode = "409", description = "Protokollet är inte justerat (rätta utkastet i stället)")
    public Response draftCorrection(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        CorrectionView created = corrections.draft(id, string(body, "body"), string(body, "adjuster"));
        return Response.created(uri.getBaseUriBuilder().path("v1/council/meetings").path(String.valueOf(id))
                .path("minutes/corrections").path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/meetings/{id}/minutes/corrections/{correctionId: [0-9]+}")
    @Operation(summary = "En rättelse av protokollet")
    @APIResponse(responseCode = "404", description = "Rättelsen finns inte vid det sammanträdet")
    public CorrectionView correction(@PathParam("id") long id, @PathParam("correctionId") long correctionId) {
        return corrections.correction(id, correctionId);
    }

    @PUT
    @Path("/meetings/{id}/minutes/corrections/{correctionId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    @Operation(summary = "Redigera ett utkast till rättelse (sekreteraren); en justerad rättelse ändras aldrig")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rättelse", value = "{\"body\":\"I § 2 ska villkoret "
            + "lyda: som pilot under 2027.\",\"adjuster\":\"sven\"}")))
    @APIResponse(responseCode = "400", description = "body eller adjuster saknas eller är ogiltig")
    @APIResponse(responseCode = "409", description = "Rättelsen är justerad")
    public CorrectionView editCorrection(@PathParam("id") long id, @PathParam("correctionId") long correctionId,
                                         JsonObject body) {
        return corrections.edit(id, correctionId, string(body, "body"), string(body, "adjuster"));
    }

    @POST
    @Path("/meetings/{id}/minutes/corrections/{correctionId: [0-9]+}/adjustment")
    @Operation(summary = "Justera rättelsen (endast den namngivna justeraren); därefter är den låst")
    @APIResponse(responseCode = "409", description = "Redan justerad, eller anroparen är inte justerare")
    public CorrectionView adjustCorrection(@PathParam("id") long id, @PathParam("correctionId") long correctionId) {
        return corrections.adjust(id, correctionId);
    }

    @GET
    @Path("/meetings/{id}/minutes/corrections/{correctionId: [0-9]+}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Rättelsen som PDF; den namnger protokollet den rättar, ett utkast är märkt UTKAST")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Rättelsen finns inte")
    public Response correctionPdf(@PathParam("id") long id, @PathParam("correctionId") long correctionId) {
        return Response.ok(corrections.pdf(id, correctionId), "application/pdf").header("Content-Disposition",
                "inline; filename=\"rattelse-" + correctionId + ".pdf\"").build();
    }

    private static long number(String name, JsonObject body) {
        JsonValue value = body == null ? null : body.get(name);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw InvalidInputException.of(name, "council.error." + name);
    }

    private static String string(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "council.error." + field);
        }
    }
}
