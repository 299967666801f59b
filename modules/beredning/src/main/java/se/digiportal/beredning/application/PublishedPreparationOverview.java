package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.api.PreparationOverview;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.QueueQuery;
import se.digiportal.beredning.domain.RankingRepository;
import se.digiportal.kernel.api.Role;

/** The rankings and open cases for the project office (and the beredare who made them). */
@Stateless
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER})
public class PublishedPreparationOverview implements PreparationOverview {

    @Inject
    RankingRepository rankings;

    @Inject
    PreparationCaseRepository cases;

    @Override
    public List<AreaProposal> proposals(int year) {
        return rankings.findByYear(year).stream()
                .sorted(Comparator.comparing(r -> r.serviceAreaCode()))
                .flatMap(r -> r.entries().stream().map(e -> {
                    Optional<PreparationCase> c = cases.findById(e.caseId());
                    return new AreaProposal(r.serviceAreaCode(), e.position(), r.frozen(), e.caseNumber(),
                            c.map(PreparationCase::title).orElse(e.caseNumber()),
                            c.map(PreparationCase::estimatedTotalHours).orElse(null),
                            c.map(PreparationCase::forvaltningId).orElse(0L));
                }))
                .toList();
    }

    @Override
    public List<OpenCase> openCases() {
        QueueQuery open = new QueueQuery(PreparationStatus.OPEN, null, null, null, null, null, null,
                QueueQuery.SortField.SUBMITTED_AT, true, 0, 1000);
        return cases.queue(open).stream()
                .map(c -> new OpenCase(c.caseNumber(), c.title(), c.serviceAreaCode(), c.forvaltningId()))
                .toList();
    }
}
