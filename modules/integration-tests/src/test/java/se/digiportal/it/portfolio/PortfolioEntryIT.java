package se.digiportal.it.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.beredning.api.CaseQualityAssured;
import se.digiportal.it.council.ReferredCases;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.portfolio.application.Views.ItemView;

/**
 * How cases enter the portfolio on the real server: quality-assured on the recommendations-only path, or approved
 * by the council (linked to the decision and the underlag); a rejected case does not; entering twice makes one
 * item; the submitter's timeline shows ENTERED_PORTFOLIO.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioEntryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(PortfolioEntryIT.class, PortfolioCases.class, PortfolioCases.Decided.class,
                FireInNewTransaction.class, ReferredCases.class);
    }

    @Inject
    FireInNewTransaction tx;

    @Inject
    PortfolioItems portfolio;

    @Test
    @RunAsClient
    void aQualityAssuredCaseEntersThePortfolioAndTheTimelineSaysSo() throws Exception {
        String caseNumber = PortfolioCases.qualityAssured("Portföljtest: e-tjänst för färdtjänst");

        HttpResponse<String> read = Http.basic("petra", "demo").get("/api/v1/portfolio/cases/" + caseNumber);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject item = Http.json(read).getJsonObject("item");
        assertThat(item.getString("title")).isEqualTo("Portföljtest: e-tjänst för färdtjänst");
        assertThat(item.getString("phase")).isEqualTo("IDEA");
        assertThat(item.getString("entryPath")).isEqualTo("QUALITY_ASSURED");
        assertThat(item.getBoolean("pilot")).as("the submission asked for a pilot").isTrue();
        assertThat(item.getString("serviceAreaCode")).isEqualTo("SOCIAL");
        assertThat(Http.json(read).getJsonObject("origin").getInt("estimatedTotalHours")).isEqualTo(650);

        List<String> timeline = Http.jsonArray(Http.basic("anna", "demo")
                        .get("/api/v1/initiatives/" + caseNumber + "/timeline")).getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("kind")).toList();
        assertThat(timeline).containsSubsequence("QUALITY_ASSURED", "ENTERED_PORTFOLIO");

        List<JsonObject> audit = Http.json(Http.basic("admin", "demo").get("/api/v1/admin/audit?entityType="
                        + "PortfolioItem&entityId=" + item.getJsonNumber("id").longValue() + "&max=10"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action")).containsExactly("ENTERED_PORTFOLIO");
    }

    @Test
    @RunAsClient
    void anApprovedCaseEntersLinkedToItsDecisionAndUnderlagAndARejectedOneDoesNot() throws Exception {
        PortfolioCases.Decided approved = PortfolioCases.decided("Portföljtest: beviljad", "APPROVED", "Som pilot");
        PortfolioCases.Decided rejected = PortfolioCases.decided("Portföljtest: avslagen", "REJECTED", null);
        Http petra = Http.basic("petra", "demo");

        JsonObject read = Http.json(ReferredCases.ok(petra.get("/api/v1/portfolio/cases/" + approved.caseNumber())));
        assertThat(read.getJsonObject("item").getString("entryPath")).isEqualTo("COUNCIL_APPROVED");
        assertThat(read.getJsonObject("item").getBoolean("pilot")).as("approved as a pilot").isTrue();
        JsonObject origin = read.getJsonObject("origin");
        assertThat(origin.getJsonNumber("decisionMeetingId").longValue()).isEqualTo(approved.meetingId());
        assertThat(origin.getJsonNumber("decisionAgendaItemId").longValue()).isEqualTo(approved.agendaItemId());
        assertThat(origin.getString("conditions")).isEqualTo("Som pilot");
        assertThat(origin.isNull("underlagId")).isFalse();

        assertThat(petra.get("/api/v1/portfolio/cases/" + rejected.caseNumber()).statusCode()).isEqualTo(404);
        List<String> timeline = Http.jsonArray(Http.basic("anna", "demo")
                        .get("/api/v1/initiatives/" + approved.caseNumber() + "/timeline"))
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("kind")).toList();
        assertThat(timeline).containsSubsequence("REFERRED_TO_COUNCIL", "DECISION", "ENTERED_PORTFOLIO");
        assertThat(Http.jsonArray(Http.basic("anna", "demo").get("/api/v1/initiatives/" + rejected.caseNumber()
                + "/timeline")).getValuesAs(JsonObject.class)).extracting(t -> t.getString("kind"))
                .doesNotContain("ENTERED_PORTFOLIO");
    }

    @Test
    void enteringTwiceMakesOneItem() throws Exception {
        String caseNumber = "DIGI-2099-" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        CaseQualityAssured event = new CaseQualityAssured(caseNumber, "Portföljtest: två gånger", "TECHNICAL", 1L,
                120, false, "berit", Instant.now());

        tx.fire(event);
        ItemView first = tx.asProjectOffice(() -> portfolio.item(caseNumber));
        tx.fire(event);
        ItemView second = tx.asProjectOffice(() -> portfolio.item(caseNumber));

        assertThat(second.item().id()).isEqualTo(first.item().id());
        assertThat(second.item().updatedAt()).isEqualTo(first.item().updatedAt());
    }
}
