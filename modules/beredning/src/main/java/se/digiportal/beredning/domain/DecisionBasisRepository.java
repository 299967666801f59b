package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** Underlag and the comments on their drafts. */
public interface DecisionBasisRepository {

    DecisionBasis save(DecisionBasis basis);

    Optional<DecisionBasis> findById(long id);

    /** The case's latest underlag: after an återremiss, the new draft rather than the one the council read. */
    Optional<DecisionBasis> findByCase(long caseId);

    DecisionBasisComment save(DecisionBasisComment comment);

    /** A case's comments, oldest first. */
    List<DecisionBasisComment> comments(long caseId);
}
