package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** The cases in beredning. */
public interface PreparationCaseRepository {

    PreparationCase save(PreparationCase c);

    Optional<PreparationCase> findByCaseNumber(String caseNumber);

    Optional<PreparationCase> findById(long id);

    List<PreparationCase> queue(QueueQuery query);

    long count(QueueQuery query);
}
