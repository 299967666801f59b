package se.digiportal.beredning.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when an IT-procurement case needs the council's samråd, held on a meeting or as a snabbsamråd.
 *
 * @param responsibleDirector the director who is to see the outcome (from the submission)
 */
public record ConsultationRequested(String caseNumber, String title, String serviceAreaCode, long orgUnitId,
                                    long underlagId, ConsultationMode mode, String responsibleDirector,
                                    String referredBy, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "CONSULTATION_REQUESTED";
    }

    @Override
    public String timelineDetail() {
        return mode == ConsultationMode.SNABBSAMRAD ? "Snabbsamråd med digitaliseringsrådet"
                : "Samråd på digitaliseringsrådets möte";
    }
}
