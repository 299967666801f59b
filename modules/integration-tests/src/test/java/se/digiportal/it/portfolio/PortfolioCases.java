package se.digiportal.it.portfolio;

import static se.digiportal.it.council.ReferredCases.ok;

import jakarta.json.JsonObject;
import java.util.List;
import se.digiportal.it.council.ReferredCases;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.Submissions;

/** Cases brought to the portfolio's door the way users do it, over the REST API of beredning and the council. */
public final class PortfolioCases {

    static final List<String> CHECKLIST = List.of("NEED", "BENEFITS", "FINANCING", "LEGAL_GDPR", "PROCUREMENT",
            "ARCHITECTURE", "INFOSEC");

    private PortfolioCases() {
    }

    /** Anna submits, berit prepares it on the recommendations-only path and quality-assures it. */
    public static String qualityAssured(String title) throws Exception {
        String caseNumber = Submissions.submitAsAnna(title);
        Http berit = Http.basic("berit", "demo");
        String base = "/api/v1/beredning/cases/" + caseNumber;
        ok(berit.postJson(base + "/assignment", "{}"));
        for (String item : CHECKLIST) {
            ok(berit.putJson(base + "/checklist/" + item, "{\"verdict\":\"OK\",\"comment\":\"Granskat.\"}"));
        }
        ok(berit.postJson(base + "/recommendations",
                "{\"recommendations\":[{\"topic\":\"Införande\",\"text\":\"Börja i en enhet.\"}]}"));
        ok(berit.postJson(base + "/routing",
                "{\"routing\":\"RECOMMENDATIONS_ONLY\",\"motivation\":\"Verksamheten genomför själv.\"}"));
        ok(berit.postJson(base + "/quality-assurance", ""));
        return caseNumber;
    }

    /** Referred by beredning and decided by the council (rolf) with the given outcome and conditions. */
    public static Decided decided(String title, String outcome, String conditions) throws Exception {
        String caseNumber = ReferredCases.referred(title);
        Http rolf = Http.basic("rolf", "demo");
        long meetingId = ReferredCases.meeting(ReferredCases.farAhead()).getJsonNumber("id").longValue();
        JsonObject placed = Http.json(ok(rolf.postJson("/api/v1/council/meetings/" + meetingId + "/agenda",
                "{\"referralId\":" + ReferredCases.referralId(caseNumber) + "}")));
        long agendaItemId = placed.getJsonNumber("id").longValue();
        ok(rolf.postJson("/api/v1/council/decisions", "{\"agendaItemId\":" + agendaItemId + ",\"outcome\":\""
                + outcome + "\",\"motivation\":\"Prövat i rådet.\""
                + (conditions == null ? "" : ",\"conditions\":\"" + conditions + "\"") + "}"));
        return new Decided(caseNumber, meetingId, agendaItemId);
    }

    public record Decided(String caseNumber, long meetingId, long agendaItemId) {
    }
}
