package se.digiportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.portfolio.application.Views.PortfolioItemView;
import se.digiportal.web.csv.SpreadsheetCsv;
import se.digiportal.web.portfolio.PortfolioCsv;

/** The portfolio feed as CSV (its own root: {@code /v1/portfolio.csv} is no sub-path of {@code /v1/portfolio}). */
@Path("/v1/portfolio.csv")
@Tag(name = "Portfölj")
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.API_CLIENT})
public class PortfolioCsvResource {

    @Inject
    PortfolioItems portfolio;

    @Inject
    OrganisationService organisation;

    @GET
    @Produces(SpreadsheetCsv.MEDIA_TYPE)
    @Operation(summary = "Portföljen som CSV för kalkylprogram",
            description = "Samma filter som /v1/portfolio, hela det filtrerade flödet; UTF-8 med BOM, rubriker på "
                    + "svenska (engelska med Accept-Language: en); celler som ett kalkylprogram skulle tolka som formler "
                    + "inleds med apostrof.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = SpreadsheetCsv.MEDIA_TYPE,
            examples = @ExampleObject(name = "csv", value = "Diarienummer,Rubrik,Tjänsteområde,...\r\n"
                    + "DIGI-2026-0042,Digital signering av biståndsbeslut,Sociala tjänster,...")))
    @APIResponse(responseCode = "400", description = "Ogiltigt filter; parametern namnges under errors")
    public Response csv(@BeanParam PortfolioParams params, @Context HttpHeaders headers) {
        List<PortfolioItemView> rows = portfolio.all(params.filter());
        Map<Long, String> units = organisation.orgUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage())).findFirst().orElse(Locale.forLanguageTag("sv"));
        Map<String, String> areas = organisation.serviceAreas().stream().collect(Collectors.toMap(
                ServiceAreaView::code, a -> "en".equals(locale.getLanguage()) && a.nameEn() != null ? a.nameEn() : a.nameSv()));
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            PortfolioCsv.write(rows, locale, id -> units.getOrDefault(id, String.valueOf(id)),
                    code -> areas.getOrDefault(code, code), writer);
            writer.flush();
        };
        return Response.ok(body, SpreadsheetCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"portfolj.csv\"").build();
    }
}
