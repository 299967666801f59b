package se.digiportal.intake.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.digiportal.intake.application.Views.InitiativeSummary;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeRepository;
import se.digiportal.intake.domain.InitiativeStatus;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.CurrentUserService;

/** Case lists: a person's own initiatives, and what the beredningsgrupp has received. */
@Stateless
public class InitiativeQueries {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CurrentUserService currentUser;

    /** The caller's own initiatives, drafts included; nobody can ask for someone else's. */
    @RolesAllowed({Role.Names.SUBMITTER, Role.Names.UNIT_CONTACT, Role.Names.PREPARER})
    public List<InitiativeSummary> mine() {
        return initiatives.findBySubmitter(currentUser.username()).stream().map(InitiativeQueries::summary).toList();
    }

    @RolesAllowed(Role.Names.PREPARER)
    public List<InitiativeSummary> submitted() {
        return initiatives.findByStatus(InitiativeStatus.SUBMITTED).stream()
                .map(InitiativeQueries::summary).toList();
    }

    private static InitiativeSummary summary(Initiative i) {
        return new InitiativeSummary(i.id(), i.caseNumber().map(CaseNumber::toString).orElse(null), i.title(),
                i.serviceAreaCode(), i.status(), i.submittedAt());
    }
}
