package se.digiportal.beredning.api;

/**
 * How the council hands a case back to beredning (återremiss). Council calls it in the transaction that records
 * the RETURNED decision, so a case is never returned on the council's side without being reopened here; beredning
 * implements it, so beredning never depends on council.
 */
public interface CouncilReturns {

    /**
     * Reopens the referred case for preparation with what the council asked to complete.
     *
     * @param meetingRef where the council decided it, e.g. "Digitaliseringsrådet 2026-12-10, § 4"
     * @throws se.digiportal.kernel.api.ConflictException the case is unknown to beredning or not referred
     */
    void returnedByCouncil(String caseNumber, String whatToComplete, String meetingRef);
}
