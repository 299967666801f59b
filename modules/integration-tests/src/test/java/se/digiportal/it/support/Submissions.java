package se.digiportal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * One valid submission of the e-tjänst's template, for the tests that need a submitted case: 650 hours, two
 * verksamheter and new integrations, so it meets criteria and the beredning's referral reasons.
 */
public final class Submissions {

    private static final String BODY = """
            {"title":"%s",
             "need":"Biståndsbeslut skrivs ut, signeras för hand och skannas in.",
             "proposedSolution":"E-underskrift med e-legitimation i verksamhetssystemet.",
             "expectedBenefits":"Kortare handläggningstid.",
             "beneficiaries":["CITIZENS","EMPLOYEES"],
             "serviceArea":"SOCIAL",
             "contact":{"name":"Anna Lindqvist","email":"anna.kontakt@adalen.example","phone":"0611-34 81 20"},
             "responsibleDirector":"Olle Strand",
             "affectedOrgUnits":["SOC-IFO"],
             "estimatedTotalHours":650,
             "sharedResourceHours":{"DIGITALISATION":40,"LEGAL":10},
             "financingClear":true,
             "financingSource":"Äldreomsorgens budget",
             "newItSupport":false,
             "newIntegrations":true,
             "integrationsWith":"Treserva",
             "externalProcessing":false,
             "pilot":true,
             "desiredStart":"2027-01-15"}""";

    private Submissions() {
    }

    /** The submission's JSON under the given title (no JSON escaping: keep titles plain). */
    public static String json(String title) {
        return BODY.formatted(title);
    }

    /** Submits it as anna and returns the case number. */
    public static String submitAsAnna(String title) throws Exception {
        HttpResponse<String> response = Http.basic("anna", "demo").postJson("/api/v1/initiatives", json(title),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("caseNumber");
    }
}
