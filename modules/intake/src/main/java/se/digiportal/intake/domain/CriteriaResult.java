package se.digiportal.intake.domain;

import java.util.List;

/**
 * What the criteria check says: the met criteria with explanations, or, when none is met, the guidance that
 * points the submitter to the IT-projektkontoret and the förvaltningsledare (who may still submit).
 */
public record CriteriaResult(List<MetCriterion> met, String guidance) {

    public CriteriaResult {
        met = List.copyOf(met);
    }

    public boolean noneMet() {
        return met.isEmpty();
    }

    public boolean isMet(Criterion criterion) {
        return met.stream().anyMatch(m -> m.code() == criterion);
    }
}
