package se.digiportal.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seven criteria of seed 000 as one rule, used by the form's live panel, the API's evaluate endpoint and
 * the submit use case alike. Thresholds and contact details are configuration (settings), passed in; the
 * criteria say "more than", so a value equal to a threshold does not meet it.
 */
public final class CriteriaEvaluator {

    private final int sharedResourcesThreshold;
    private final int totalHoursThreshold;
    private final String projectOfficeContact;
    private final String managementLeadContact;

    public CriteriaEvaluator(int sharedResourcesThreshold, int totalHoursThreshold, String projectOfficeContact,
                             String managementLeadContact) {
        if (sharedResourcesThreshold < 0 || totalHoursThreshold < 0) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
        this.sharedResourcesThreshold = sharedResourcesThreshold;
        this.totalHoursThreshold = totalHoursThreshold;
        this.projectOfficeContact = Objects.requireNonNullElse(projectOfficeContact, "");
        this.managementLeadContact = Objects.requireNonNullElse(managementLeadContact, "");
    }

    public CriteriaResult evaluate(CriteriaAnswers a) {
        List<MetCriterion> met = new ArrayList<>();
        int shared = a.sharedHoursTotal();
        if (shared > sharedResourcesThreshold) {
            met.add(new MetCriterion(Criterion.SHARED_RESOURCES_OVER_40H, "Initiativet behöver kommungemensamma "
                    + "resurser i " + shared + " timmar, mer än " + sharedResourcesThreshold + " timmar."));
        }
        if (a.estimatedTotalHours() != null && a.estimatedTotalHours() > totalHoursThreshold) {
            met.add(new MetCriterion(Criterion.TOTAL_OVER_500H, "Initiativet beräknas ta " + a.estimatedTotalHours()
                    + " timmar totalt, mer än " + totalHoursThreshold + " timmar."));
        }
        if (Boolean.FALSE.equals(a.financingClear())) {
            met.add(new MetCriterion(Criterion.UNCLEAR_FINANCING, "Finansieringen är oklar."));
        }
        if (Boolean.TRUE.equals(a.newItSupport())) {
            met.add(new MetCriterion(Criterion.NEW_IT_SUPPORT,
                    "Initiativet gäller nyutveckling eller inköp av nytt IT-stöd."));
        }
        if (Boolean.TRUE.equals(a.newIntegrations())) {
            met.add(new MetCriterion(Criterion.NEW_INTEGRATIONS,
                    "Initiativet innefattar nya integrationer mot andra IT-stöd."));
        }
        if (Boolean.TRUE.equals(a.externalProcessing())) {
            met.add(new MetCriterion(Criterion.EXTERNAL_PROCESSING, "Kommunens information kommer att behandlas "
                    + "i ett IT-stöd av extern part eller leverantör."));
        }
        Set<String> others = new TreeSet<>(a.affectedOrgUnits());
        if (a.orgUnit() != null) {
            others.remove(a.orgUnit());
        }
        if (!others.isEmpty()) {
            met.add(new MetCriterion(Criterion.SEVERAL_UNITS, "Initiativet berör flera verksamheter (även "
                    + String.join(", ", others) + ")."));
        }
        return new CriteriaResult(met, met.isEmpty() ? guidance() : null);
    }

    private String guidance() {
        return "Inget av kriterierna är uppfyllt. Du behöver inte lämna in ett digitaliseringsärende, men du får "
                + "göra det. Är du osäker, kontakta IT-projektkontoret (" + projectOfficeContact
                + ") eller din förvaltningsledare på Digitaliseringsenheten (" + managementLeadContact
                + ") för vidare guidning.";
    }
}
