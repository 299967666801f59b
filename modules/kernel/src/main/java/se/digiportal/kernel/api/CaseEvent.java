package se.digiportal.kernel.api;

import java.time.Instant;

/**
 * A step in a case's life that its submitter follows on the timeline. Each module publishes its own past-tense
 * event ({@code CaseReferredToCouncil}, {@code CouncilDecisionTaken}, ...); by implementing this, the event also
 * reaches intake's timeline, which observes this type, so no module has to depend on a later one (CDI delivers an
 * event to the observers of every type it implements).
 */
public interface CaseEvent {

    /** The diarienummer, {@code DIGI-YYYY-NNNN}. */
    String caseNumber();

    Instant occurredAt();

    /** What kind of step it is, as the timeline names it, e.g. {@code REFERRED_TO_COUNCIL}. */
    String timelineKind();

    /** One line for the submitter, in Swedish (the language of the record), or null when the kind says it all. */
    String timelineDetail();
}
