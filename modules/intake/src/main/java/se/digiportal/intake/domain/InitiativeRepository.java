package se.digiportal.intake.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface InitiativeRepository {

    /** Drafts and submitted cases of one person, newest first. */
    List<Initiative> findBySubmitter(String username);

    /** Newest submission first. */
    List<Initiative> findByStatus(InitiativeStatus status);

    /** Cases (never drafts) of the given org units, newest submission first. */
    List<Initiative> findSubmittedInOrgUnits(Collection<Long> orgUnitIds);

    Optional<Initiative> findById(long id);

    Optional<Initiative> findByCaseNumber(String caseNumber);

    /** A submitter's earlier submission under the same key (a retry or a double click). */
    Optional<Initiative> findByIdempotencyKey(String submittedBy, String key);

    /**
     * Submitted cases (never drafts) whose title, need and solution resemble the text, most relevant first,
     * at most {@code limit}, none below {@code minRelevance}.
     */
    List<SimilarCase> findSimilar(String text, double minRelevance, int limit);

    /** Stores a new initiative or the changes of a known one, and writes them now, so a clash shows here. */
    void save(Initiative initiative);

    void delete(Initiative initiative);
}
