package se.digiportal.beredning.api;

import java.util.Optional;

/**
 * The published underlag (decision basis) of referred cases, for the council's members to read ahead of a
 * meeting. Only published underlag are handed out; drafts stay in beredning.
 */
public interface DecisionBases {

    /** The published underlag as PDF, or empty when there is none with that id. */
    Optional<byte[]> pdf(long underlagId);
}
