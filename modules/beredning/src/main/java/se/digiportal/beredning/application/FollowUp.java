package se.digiportal.beredning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.digiportal.beredning.application.Views.FollowUpResult;
import se.digiportal.beredning.domain.CompletionRequest;
import se.digiportal.beredning.domain.CompletionRequestRepository;

/**
 * The reminder-then-park follow-up of completion requests (seed 000), run by a persistent timer. Each due request
 * is handled in its own transaction under a row lock, and the request records each step it has taken, so two
 * runs at the same instant (two nodes, or a retry) remind once and park once.
 */
@Stateless
@PermitAll
public class FollowUp {

    private static final Logger LOG = Logger.getLogger(FollowUp.class.getName());

    @Inject
    CompletionRequestRepository requests;

    @Inject
    FollowUpStep step;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUpResult run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PreparationCases.MUNICIPALITY);
        int reminded = 0;
        int parked = 0;
        for (Long id : requests.findPastDeadline(today)) {
            try {
                CompletionRequest.Step taken = step.take(id, today);
                if (taken == CompletionRequest.Step.REMIND) {
                    reminded++;
                } else if (taken == CompletionRequest.Step.PARK) {
                    parked++;
                }
            } catch (RuntimeException e) {
                // One broken case must not stop the others; the next run tries it again.
                LOG.log(Level.WARNING, "Follow-up of completion request " + id + " failed", e);
            }
        }
        return new FollowUpResult(reminded, parked);
    }
}
