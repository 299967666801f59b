package se.digiportal.portfolio.application;

import java.time.Instant;
import se.digiportal.portfolio.domain.Phase;

/** The read models portfolio hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record PortfolioItemView(long id, String caseNumber, String title, String serviceAreaCode, long orgUnitId,
                                    Phase phase, boolean pilot, Instant enteredAt) {
    }
}
