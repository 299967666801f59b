package se.digiportal.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The conversation between the beredningsgrupp and a case's submitter, which intake owns because the submitter
 * reads and answers it in the e-tjänst. Beredning calls it as the signed-in beredare; the submitter's side
 * (answering, completing) is intake's own pages and API.
 */
public interface CaseCorrespondence {

    /**
     * Asks the submitter to complete the case: the request is shown (and mailed) to the contact person, and the
     * initiative's text is open for a new version until they answer, which publishes {@link InitiativeCompleted}.
     * It publishes no timeline step itself: beredning's own {@code CompletionRequested} does that.
     *
     * @throws se.digiportal.kernel.api.NotFoundException     no submitted case with that number
     * @throws se.digiportal.kernel.api.ConflictException     a request is already open, or the case is withdrawn
     * @throws se.digiportal.kernel.api.InvalidInputException {@code whatToComplete} blank or over 5000 characters,
     *                                                        {@code deadline} missing or already passed
     */
    void requestCompletion(String caseNumber, String whatToComplete, LocalDate deadline);

    /**
     * A message from the beredningsgrupp to the submitter and contact person, kept in the thread and mailed.
     *
     * @throws se.digiportal.kernel.api.InvalidInputException {@code subject} (at most 200) or {@code text} (at most
     *                                                        5000 characters) blank or too long
     */
    void send(String caseNumber, String subject, String text);

    /** The whole thread, oldest first, as the beredningsgrupp sees it. */
    List<CaseMessage> thread(String caseNumber);

    /** One message in a case's thread. */
    record CaseMessage(long id, Instant sentAt, String author, String authorName, boolean fromPreparers,
                       String subject, String text) {
    }
}
