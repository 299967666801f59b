package se.digiportal.beredning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Completion requests and the follow-up job's view of them. */
public interface CompletionRequestRepository {

    CompletionRequest save(CompletionRequest request);

    /** The case's pending request (open, reminded or parked), if any. */
    Optional<CompletionRequest> findPending(long caseId);

    List<CompletionRequest> findByCase(long caseId);

    /** Ids of the requests whose current deadline is before {@code today}: candidates for a follow-up step. */
    List<Long> findPastDeadline(LocalDate today);

    /** The request, locked for update until the transaction ends, so concurrent follow-ups take turns. */
    Optional<CompletionRequest> lock(long id);
}
