package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.digiportal.beredning.api.DecisionBases;
import se.digiportal.beredning.domain.DecisionBasisRepository;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.kernel.api.Role;

/**
 * The published underlag for the council's members and secretary (and the beredare who wrote them), and for the
 * project office that resources what the council decided on it.
 */
@Stateless
@RolesAllowed({Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY,
        Role.Names.PROJECT_OFFICE})
public class PublishedDecisionBases implements DecisionBases {

    @Inject
    DecisionBasisRepository underlag;

    @Inject
    PreparationCaseRepository cases;

    @Inject
    DecisionBasisDocument document;

    @Override
    public Optional<byte[]> pdf(long underlagId) {
        return underlag.findById(underlagId).filter(d -> d.published())
                .flatMap(d -> cases.findById(d.caseId()).map(c -> document.render(DecisionBasisPreparation.view(c, d))));
    }
}
