package se.digiportal.portfolio.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.logging.Logger;
import se.digiportal.beredning.api.CaseQualityAssured;
import se.digiportal.beredning.api.CaseReferredToCouncil;
import se.digiportal.council.api.CouncilDecisionTaken;
import se.digiportal.council.api.DecisionOutcome;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.portfolio.api.InitiativeEnteredPortfolio;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.ReferredCase;
import se.digiportal.portfolio.domain.ReferredCaseRepository;

/**
 * How cases enter the portfolio, observed in the publishing transaction: quality-assured on the
 * recommendations-only path, or approved by the council (with the title, area and underlag the case was referred
 * with). Entering is idempotent: a case that is already an item is left as it is.
 */
@ApplicationScoped
public class PortfolioEntry {

    /** Later than the default observers, so the submitter's timeline shows the step before the entry it led to. */
    static final int AFTER_THE_TIMELINE = Interceptor.Priority.APPLICATION + 1000;

    private static final Logger LOG = Logger.getLogger(PortfolioEntry.class.getName());

    @Inject
    PortfolioItemRepository items;

    @Inject
    ReferredCaseRepository referredCases;

    @Inject
    Event<InitiativeEnteredPortfolio> entered;

    @Inject
    AuditTrail audit;

    void qualityAssured(@Observes @Priority(AFTER_THE_TIMELINE) CaseQualityAssured event) {
        if (items.findByCaseNumber(event.caseNumber()).isEmpty()) {
            enter(PortfolioItem.qualityAssured(CaseNumber.parse(event.caseNumber()), event.title(),
                    event.serviceAreaCode(), event.orgUnitId(), event.pilot(), event.estimatedTotalHours(),
                    event.occurredAt()));
        }
    }

    void referred(@Observes CaseReferredToCouncil event) {
        referredCases.find(event.caseNumber()).ifPresentOrElse(
                r -> r.referredAgain(event.title(), event.underlagId(), event.occurredAt()),
                () -> referredCases.save(new ReferredCase(event.caseNumber(), event.title(), event.serviceAreaCode(),
                        event.orgUnitId(), event.underlagId(), event.occurredAt())));
    }

    void decided(@Observes @Priority(AFTER_THE_TIMELINE) CouncilDecisionTaken event) {
        if (event.outcome() != DecisionOutcome.APPROVED || items.findByCaseNumber(event.caseNumber()).isPresent()) {
            return;
        }
        referredCases.find(event.caseNumber()).ifPresentOrElse(
                r -> enter(PortfolioItem.councilApproved(r, event.meetingId(), event.agendaItemId(),
                        event.conditions(), event.occurredAt())),
                () -> LOG.warning(() -> "Approved case " + event.caseNumber()
                        + " was never referred through beredning; it does not enter the portfolio"));
    }

    private void enter(PortfolioItem item) {
        PortfolioItem saved = items.save(item);
        audit.record(PortfolioItem.AUDIT_TYPE, saved.id(), "ENTERED_PORTFOLIO", Changes.between(Map.of(),
                Map.of("caseNumber", saved.caseNumber(), "entryPath", saved.entryPath(), "pilot", saved.pilot(),
                        "phase", saved.phase())));
        entered.fire(new InitiativeEnteredPortfolio(saved.caseNumber().toString(), saved.id(), saved.title(),
                saved.entryPath().name(), saved.pilot(), saved.enteredAt()));
    }
}
