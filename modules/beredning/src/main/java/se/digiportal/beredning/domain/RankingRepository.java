package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** Rankings per service area and year, and the cases they may hold. */
public interface RankingRepository {

    Ranking save(Ranking ranking);

    Optional<Ranking> find(String serviceAreaCode, int year);

    /** Every saved ranking of the year, whichever area. */
    List<Ranking> findByYear(int year);

    /**
     * The area's cases with step-1 assessment INCLUDE that are still open or referred and not yet in a frozen
     * ranking of the area, oldest submission first.
     */
    List<PreparationCase> includedUnfrozen(String serviceAreaCode);
}
