package se.digiportal.it.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import se.digiportal.intake.api.CaseCorrespondence;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.InitiativeSummary;
import se.digiportal.kernel.api.Role;

/**
 * Test helper: the beredningsgrupp's side of a case, as beredning will call it (through {@link CaseCorrespondence}
 * with the PREPARER role). The client-side steps of a test submit the case; this finds it by its title.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.PREPARER)
public class AsPreparer {

    @Inject
    CaseCorrespondence correspondence;

    @Inject
    IntakeService intake;

    /** The newest submitted case with this title. */
    public String newestCaseTitled(String title) {
        return intake.submitted().stream().filter(c -> c.title().equals(title)).findFirst()
                .map(InitiativeSummary::caseNumber)
                .orElseThrow(() -> new AssertionError("no submitted case titled " + title));
    }

    public void requestCompletion(String caseNumber, String whatToComplete, LocalDate deadline) {
        correspondence.requestCompletion(caseNumber, whatToComplete, deadline);
    }

    public void send(String caseNumber, String subject, String text) {
        correspondence.send(caseNumber, subject, text);
    }

    public java.util.List<CaseCorrespondence.CaseMessage> thread(String caseNumber) {
        return correspondence.thread(caseNumber);
    }
}
