package se.digiportal.portfolio.domain;

import java.util.Optional;

public interface ReferredCaseRepository {

    Optional<ReferredCase> find(String caseNumber);

    ReferredCase save(ReferredCase referred);
}
