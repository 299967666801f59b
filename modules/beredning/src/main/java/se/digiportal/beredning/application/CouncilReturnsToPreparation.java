package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.digiportal.beredning.api.CouncilReturns;
import se.digiportal.beredning.domain.DecisionBasis;
import se.digiportal.beredning.domain.DecisionBasisRepository;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;

/**
 * Återremiss as beredning takes it: the case is prepared again, with what the council asked for on the workbench
 * and a new underlag draft copied from the one the council read. Publishing it refers the case anew.
 */
@Stateless
@RolesAllowed(Role.Names.COUNCIL_SECRETARY)
public class CouncilReturnsToPreparation implements CouncilReturns {

    @Inject
    PreparationCaseRepository cases;

    @Inject
    DecisionBasisRepository underlag;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void returnedByCouncil(String caseNumber, String whatToComplete, String meetingRef) {
        PreparationCase c = cases.findByCaseNumber(caseNumber)
                .filter(found -> found.status() == PreparationStatus.REFERRED)
                .orElseThrow(() -> new ConflictException("council.error.notReturnable"));
        Instant now = clock.instant();
        Object statusBefore = c.status();
        c.returnedByCouncil(whatToComplete, meetingRef, now);
        underlag.findByCase(c.id()).filter(DecisionBasis::published)
                .ifPresent(read -> underlag.save(DecisionBasis.revisionOf(read, c, "system", now)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", c.status());
        after.put("councilReturnNote", c.councilReturnNote());
        after.put("councilReturnRef", c.councilReturnRef());
        audit.record(PreparationCase.AUDIT_TYPE, c.id(), "CASE_RETURNED_BY_COUNCIL",
                Changes.between(Map.of("status", statusBefore), after));
    }
}
