package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when the beredning of a case is done on the recommendations-only path: the initiating verksamhet
 * goes ahead on its own, and the portfolio takes the case in.
 */
public record CaseQualityAssured(String caseNumber, String title, String serviceAreaCode, long orgUnitId,
                                 Integer estimatedTotalHours, boolean pilot, String assuredBy, Instant occurredAt)
        implements CaseEvent {

    @Override
    public String timelineKind() {
        return "QUALITY_ASSURED";
    }

    @Override
    public String timelineDetail() {
        return "Beredningen är klar; initiativet går vidare i verksamheten";
    }
}
