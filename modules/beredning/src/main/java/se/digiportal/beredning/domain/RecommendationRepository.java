package se.digiportal.beredning.domain;

import java.util.List;

/** Recommendations sent per case. */
public interface RecommendationRepository {

    Recommendation save(Recommendation recommendation);

    List<Recommendation> findByCase(long caseId);
}
