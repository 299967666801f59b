package se.digiportal.beredning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.beredning.application.Views.RankedCaseView;
import se.digiportal.beredning.application.Views.RankingView;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.Ranking;
import se.digiportal.beredning.domain.Ranking.RankedCase;
import se.digiportal.beredning.domain.RankingRepository;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.domain.Changes;

/**
 * Step 2 of the prioritization per tjänsteområde (seed 003): the ranked list of the area's included cases for
 * a year, reordered by the beredningsgrupp and frozen as the area's proposal. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.PREPARER)
public class Rankings {

    @Inject
    RankingRepository rankings;

    @Inject
    PreparationCaseRepository cases;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUserService currentUser;

    @Inject
    Clock clock;

    /**
     * The area's ranking for the year. While it is not frozen it follows the included cases (new ones join at
     * the end); nothing is stored until somebody reorders or freezes it.
     */
    public RankingView ranking(String serviceAreaCode, int year) {
        return view(current(serviceAreaCode, year));
    }

    /** Saves a new order: every ranked case exactly once, from first to last. */
    public RankingView reorder(String serviceAreaCode, int year, List<String> caseNumbers) {
        Ranking r = current(serviceAreaCode, year);
        List<String> before = r.ranking();
        r.reorder(caseNumbers, currentUser.username(), clock.instant());
        r = rankings.save(r);
        audit.record(Ranking.AUDIT_TYPE, r.id(), "RANKING_REORDERED",
                Changes.of("order", String.join(",", before), String.join(",", r.ranking())));
        return view(r);
    }

    /** Moves one case a step up or down: the keyboard's way to reorder. */
    public RankingView move(String serviceAreaCode, int year, String caseNumber, boolean up) {
        Ranking r = current(serviceAreaCode, year);
        List<String> before = r.ranking();
        r.move(caseNumber, up, currentUser.username(), clock.instant());
        r = rankings.save(r);
        audit.record(Ranking.AUDIT_TYPE, r.id(), "RANKING_REORDERED",
                Changes.of("order", String.join(",", before), String.join(",", r.ranking())));
        return view(r);
    }

    /** Freezes the ranking as the area's proposal for the year; from then on it is read-only. */
    public RankingView freeze(String serviceAreaCode, int year) {
        Ranking r = current(serviceAreaCode, year);
        r.freeze(currentUser.username(), clock.instant());
        r = rankings.save(r);
        audit.record(Ranking.AUDIT_TYPE, r.id(), "RANKING_FROZEN", Changes.between(Map.of(),
                Map.of("serviceArea", r.serviceAreaCode(), "year", r.year(), "order", String.join(",", r.ranking()),
                        "frozenBy", r.frozenBy(), "frozenAt", r.frozenAt())));
        return view(r);
    }

    private Ranking current(String serviceAreaCode, int year) {
        if (serviceAreaCode == null || serviceAreaCode.isBlank()) {
            throw InvalidInputException.of("serviceArea", "ranking.error.serviceArea");
        }
        if (year < 2000 || year > 2999) {
            throw InvalidInputException.of("year", "ranking.error.year");
        }
        Ranking r = rankings.find(serviceAreaCode, year).orElseGet(() -> new Ranking(serviceAreaCode, year));
        if (!r.frozen()) {
            r.follow(rankings.includedUnfrozen(serviceAreaCode).stream()
                    .map(c -> new RankedCase(c.id(), c.caseNumber())).toList());
        }
        return r;
    }

    private RankingView view(Ranking r) {
        List<Long> ids = r.entries().stream().map(e -> e.caseId()).toList();
        Map<Long, PreparationCase> byId = ids.stream().map(cases::findById).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(PreparationCase::id, Function.identity()));
        List<RankedCaseView> list = r.entries().stream().map(e -> {
            PreparationCase c = byId.get(e.caseId());
            return new RankedCaseView(e.position(), e.caseNumber(), c == null ? null : c.title(),
                    c == null ? null : c.estimatedTotalHours(), c == null ? null : c.status());
        }).toList();
        return new RankingView(r.serviceAreaCode(), r.year(), r.frozen(), r.frozenBy(), r.frozenAt(), list);
    }
}
