package se.digiportal.beredning.api;

import java.util.List;

/**
 * Read-only: what the portfolio's yearly prioritization and synergy view need of beredning. The step-2 rankings
 * per tjänsteområde are the areas' proposals that the project office combines across areas; the open cases are
 * what may overlap with the portfolio.
 */
public interface PreparationOverview {

    /** Every saved area ranking of the year, area by area, first place first; {@code frozen} once it is the proposal. */
    List<AreaProposal> proposals(int year);

    /** The cases still being prepared, oldest submission first. */
    List<OpenCase> openCases();

    /** One case's place in its area's ranking. */
    record AreaProposal(String serviceAreaCode, int rank, boolean frozen, String caseNumber, String title,
                        Integer estimatedTotalHours, long forvaltningId) {
    }

    /** A case in preparation, by its case number, with the förvaltning it comes from. */
    record OpenCase(String caseNumber, String title, String serviceAreaCode, long forvaltningId) {
    }
}
