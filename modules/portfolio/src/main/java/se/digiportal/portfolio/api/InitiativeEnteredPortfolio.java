package se.digiportal.portfolio.api;

import java.time.Instant;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when a case becomes an item of the digitaliseringsportfölj: quality-assured on the
 * recommendations-only path, or approved by the council. It reaches the submitter's timeline.
 *
 * @param itemId    the portfolio item
 * @param entryPath {@code QUALITY_ASSURED} or {@code COUNCIL_APPROVED}
 */
public record InitiativeEnteredPortfolio(String caseNumber, long itemId, String title, String entryPath,
                                         boolean pilot, Instant occurredAt) implements CaseEvent {

    @Override
    public String timelineKind() {
        return "ENTERED_PORTFOLIO";
    }

    @Override
    public String timelineDetail() {
        return pilot ? "Initiativet ingår i digitaliseringsportföljen som pilot"
                : "Initiativet ingår i digitaliseringsportföljen";
    }
}
