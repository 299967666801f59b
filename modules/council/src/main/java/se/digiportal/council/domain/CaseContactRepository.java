package se.digiportal.council.domain;

import java.util.Optional;

public interface CaseContactRepository {

    Optional<CaseContact> find(String caseNumber);

    CaseContact save(CaseContact contact);
}
