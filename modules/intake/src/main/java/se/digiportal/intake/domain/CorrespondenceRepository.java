package se.digiportal.intake.domain;

import java.util.List;
import java.util.Optional;

/** A case's completion requests, versions and messages: what passed between the beredningsgrupp and submitter. */
public interface CorrespondenceRepository {

    /** The one request still waiting for an answer, if any. */
    Optional<CompletionRequest> findOpenRequest(long initiativeId);

    void save(CompletionRequest request);

    /** Oldest first. */
    List<InitiativeVersion> findVersions(long initiativeId);

    Optional<InitiativeVersion> findVersion(long initiativeId, int number);

    void append(InitiativeVersion version);

    /** Oldest first: a thread reads from the top. */
    List<ThreadMessage> findMessages(long initiativeId);

    void append(ThreadMessage message);
}
