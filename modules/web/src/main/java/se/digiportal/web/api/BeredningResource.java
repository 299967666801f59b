package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.beredning.application.PreparationCases;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Views.BookingView;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.application.Views.CaseView;
import se.digiportal.beredning.application.Views.QueueFilter;
import se.digiportal.beredning.application.Views.QueuePage;
import se.digiportal.beredning.application.Views.RecommendationForm;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.beredning.application.Views.QueueRow;
import se.digiportal.web.beredning.QueueCsv;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.Role;

/** The beredningsgrupp's workbench over HTTP: the same use cases as the pages, for the PREPARER role only. */
@Path("/v1/beredning")
@Tag(name = "Beredning", description = "Beredningsgruppens kö och arbetsyta: tilldelning, checklista, "
        + "komplettering, bedömning, rekommendationer och vägval")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PREPARER)
public class BeredningResource {

    @Inject
    PreparationCases cases;

    @Inject
    OrganisationService organisation;

    @Inject
    PreparationMeetings meetings;

    @Inject
    DecisionBasisPreparation underlag;

    @GET
    @Path("/queue")
    @Operation(summary = "Kön av inlämnade ärenden, filtrerad, sorterad och sidad")
    @APIResponse(responseCode = "200", description = "En sida av kön med totalt antal träffar")
    @APIResponse(responseCode = "400", description = "Okänd status, sortering eller sidstorlek")
    public QueuePage queue(@BeanParam QueueParams params,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "beredning.error.pageSize");
        }
        return cases.queue(params.filter((int) Math.min((long) page * size, Integer.MAX_VALUE), size));
    }

    @GET
    @Path("/queue.csv")
    @Produces(QueueCsv.MEDIA_TYPE)
    @Operation(summary = "Kön som CSV för kalkylprogram (UTF-8 med BOM; samma filter som /queue, högst 10 000 rader)")
    @APIResponse(responseCode = "400", description = "Okänd status eller sortering")
    public Response queueCsv(@BeanParam QueueParams params, @Context HttpHeaders headers) {
        List<QueueRow> rows = cases.export(params.filter(0, 1000));
        Map<Long, String> names = organisation.orgUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage())).findFirst().orElse(Locale.forLanguageTag("sv"));
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            QueueCsv.write(rows, locale, id -> names.getOrDefault(id, String.valueOf(id)), code -> code, writer);
            writer.flush();
        };
        return Response.ok(body, QueueCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"beredningsko.csv\"").build();
    }

    @GET
    @Path("/cases/{caseNumber}")
    @Operation(summary = "Ett ärendes beredning: status, checklista, kompletteringar, rekommendationer och förslag på vägval")
    @APIResponse(responseCode = "404", description = "Inget ärende i beredning med det diarienumret")
    public CaseView workbench(@PathParam("caseNumber") String caseNumber) {
        return cases.workbench(caseNumber);
    }

    @POST
    @Path("/cases/{caseNumber}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tilldela en beredare; utan assignee tar anroparen ärendet själv")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "ta själv", value = "{}"),
            @ExampleObject(name = "tilldela", value = "{\"assignee\":\"jonas\"}")}))
    @APIResponse(responseCode = "400", description = "Personen är inte beredare")
    @APIResponse(responseCode = "409", description = "Ärendet är avslutat i beredningen")
    public CaseView assign(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        String assignee = string(body, "assignee");
        return assignee == null ? cases.assignToMe(caseNumber) : cases.assign(caseNumber, assignee);
    }

    @PUT
    @Path("/cases/{caseNumber}/checklist/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bedöm en punkt i kvalitetssäkringens checklista (OK, NOT_OK med kommentar, NOT_APPLICABLE)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ej ok",
            value = "{\"verdict\":\"NOT_OK\",\"comment\":\"Driftkostnaden saknas.\"}")))
    @APIResponse(responseCode = "400", description = "Okänd punkt eller bedömning, eller NOT_OK utan kommentar")
    public CaseView checklist(@PathParam("caseNumber") String caseNumber, @PathParam("item") String item,
                              JsonObject body) {
        return cases.answerChecklist(caseNumber, item, string(body, "verdict"), string(body, "comment"));
    }

    @POST
    @Path("/cases/{caseNumber}/completion-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Begär komplettering av kontaktpersonen; utan deadline gäller inställd fördröjning i arbetsdagar")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "komplettering",
            value = "{\"whatToComplete\":\"Beskriv finansieringen av driften.\",\"deadline\":\"2026-12-15\"}")))
    @APIResponse(responseCode = "400", description = "Saknad text eller deadline som inte ligger framåt")
    @APIResponse(responseCode = "409", description = "En begäran väntar redan på svar, eller fel status")
    public CaseView requestCompletion(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        return cases.requestCompletion(caseNumber, string(body, "whatToComplete"), date(body, "deadline"));
    }

    @POST
    @Path("/cases/{caseNumber}/resume")
    @Operation(summary = "Väck ett parkerat ärende")
    @APIResponse(responseCode = "409", description = "Ärendet är inte parkerat")
    public CaseView resume(@PathParam("caseNumber") String caseNumber) {
        return cases.resume(caseNumber);
    }

    @POST
    @Path("/cases/{caseNumber}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Första bedömning (steg 1): INCLUDE, NEEDS_COMPLETION eller REJECTED, med motivering")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bedömning",
            value = "{\"outcome\":\"INCLUDE\",\"motivation\":\"Tydlig nytta för flera verksamheter.\"}")))
    public CaseView assess(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        return cases.assess(caseNumber, string(body, "outcome"), string(body, "motivation"));
    }

    @POST
    @Path("/cases/{caseNumber}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skicka rekommendationer till den initierande verksamheten (meddelande och tidslinje)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rekommendationer",
            value = "{\"recommendations\":[{\"topic\":\"Informationssäkerhet\","
                    + "\"text\":\"Gör en informationsklassning innan upphandlingen.\"}]}")))
    @APIResponse(responseCode = "400", description = "Ingen rekommendation, eller ämne/text saknas (fältet namnges)")
    public CaseView recommend(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        List<RecommendationForm> forms = new ArrayList<>();
        JsonValue list = body == null ? null : body.get("recommendations");
        if (list instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o) {
                    forms.add(new RecommendationForm(string(o, "topic"), string(o, "text")));
                } else {
                    throw InvalidInputException.of("recommendations", "beredning.error.recommendationsEmpty");
                }
            }
        }
        return cases.recommend(caseNumber, forms);
    }

    @POST
    @Path("/cases/{caseNumber}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vägval: RECOMMENDATIONS_ONLY, REFER_TO_COUNCIL eller CONSULTATION (samråd, med "
            + "consultationMode COUNCIL_MEETING eller SNABBSAMRAD)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hänskjut",
            value = "{\"routing\":\"REFER_TO_COUNCIL\",\"motivation\":\"Berör tre förvaltningar.\"}")))
    public CaseView route(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        return cases.route(caseNumber, string(body, "routing"), string(body, "motivation"),
                string(body, "consultationMode"));
    }

    @POST
    @Path("/cases/{caseNumber}/quality-assurance")
    @Operation(summary = "Avsluta beredningen som kvalitetssäkrad (endast rekommendationer, hela checklistan bedömd)")
    @APIResponse(responseCode = "409", description = "Fel vägval eller ofullständig checklista")
    public CaseView qualityAssure(@PathParam("caseNumber") String caseNumber) {
        return cases.qualityAssure(caseNumber);
    }

    @POST
    @Path("/cases/{caseNumber}/meeting-booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Boka ärendet på beredningsgruppens nästa möte (eller meetingId); kontaktpersonen och "
            + "invitees får en inbjudan med iCal-bilaga (.ics)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "nästa möte",
            value = "{\"invitees\":[\"kollega@adalen.example\"]}")))
    @APIResponse(responseCode = "400", description = "Ogiltig e-postadress eller inget kommande möte")
    public BookingView book(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        List<String> invitees = new ArrayList<>();
        if (body != null && body.get("invitees") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (!(v instanceof JsonString address)) {
                    throw InvalidInputException.of("invitees", "booking.error.invalidEmail");
                }
                invitees.add(address.getString());
            }
        }
        JsonValue meeting = body == null ? null : body.get("meetingId");
        return meeting instanceof jakarta.json.JsonNumber id ? meetings.book(caseNumber, id.longValue(), invitees)
                : meetings.bookOnNextMeeting(caseNumber, invitees);
    }

    @GET
    @Path("/cases/{caseNumber}/underlag")
    @Operation(summary = "Ärendets beslutsunderlag (utkast eller publicerat) och vilka avsnitt som saknas")
    public DecisionBasisView underlag(@PathParam("caseNumber") String caseNumber) {
        return underlag.underlag(caseNumber);
    }

    @PUT
    @Path("/cases/{caseNumber}/underlag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spara utkastet till beslutsunderlag (bakgrund, behov, alternativ, kostnader och resurser, "
            + "risker, dataskydd och informationssäkerhet, rekommendation, förslag till beslut)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "utkast", value = "{\"background\":\"...\","
            + "\"need\":\"...\",\"options\":\"...\",\"costs\":\"...\",\"risks\":\"...\",\"gdpr\":\"...\","
            + "\"recommendation\":\"...\",\"proposedDecision\":\"...\"}")))
    @APIResponse(responseCode = "409", description = "Ärendet är inte hänskjutet, eller underlaget är publicerat")
    public DecisionBasisView saveUnderlag(@PathParam("caseNumber") String caseNumber, JsonObject body) {
        return underlag.save(caseNumber, new DecisionBasisContent(string(body, "background"), string(body, "need"),
                string(body, "options"), string(body, "costs"), string(body, "risks"), string(body, "gdpr"),
                string(body, "recommendation"), string(body, "proposedDecision")));
    }

    @GET
    @Path("/cases/{caseNumber}/underlag.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Ärendets beslutsunderlag som PDF; ett utkast är märkt UTKAST")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Ärendet finns inte")
    @APIResponse(responseCode = "409", description = "Ärendet är inte hänvisat till rådet eller till samråd")
    public Response underlagPdf(@PathParam("caseNumber") String caseNumber) {
        return Response.ok(underlag.pdf(caseNumber), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"underlag-" + caseNumber + ".pdf\"").build();
    }

    @POST
    @Path("/cases/{caseNumber}/referral")
    @Operation(summary = "Hänskjut till digitaliseringsrådet: publicera beslutsunderlaget (CaseReferredToCouncil, "
            + "eller ConsultationRequested för samråd)")
    @APIResponse(responseCode = "400", description = "Avsnitt saknas i underlaget; varje saknat avsnitt namnges")
    @APIResponse(responseCode = "409", description = "Vägvalet är inte hänskjutning eller samråd, eller redan publicerat")
    public DecisionBasisView refer(@PathParam("caseNumber") String caseNumber) {
        return underlag.publish(caseNumber);
    }

    private static String string(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static LocalDate date(JsonObject body, String name) {
        String text = string(body, name);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "beredning.error.deadline");
        }
    }
}
