package se.digiportal.intake.domain;

import java.util.List;

public interface InitiativeRepository {

    /** Drafts and submitted cases of one person, newest first. */
    List<Initiative> findBySubmitter(String username);

    /** Newest submission first. */
    List<Initiative> findByStatus(InitiativeStatus status);
}
