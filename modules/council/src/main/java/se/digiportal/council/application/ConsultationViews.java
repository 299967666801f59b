package se.digiportal.council.application;

import java.time.Instant;
import java.util.List;
import se.digiportal.council.api.ConsultationOutcome;
import se.digiportal.council.domain.ConsultationAnswer;
import se.digiportal.council.domain.ConsultationStatus;
import se.digiportal.council.domain.CouncilFunction;

/** The read models of snabbsamråd and council membership. */
public final class ConsultationViews {

    private ConsultationViews() {
    }

    /**
     * A snabbsamråd as the list shows it; {@code outcome} and {@code summary} once closed, {@code myAnswer} the
     * caller's own answer if any.
     */
    public record ConsultationView(long id, String caseNumber, String title, long underlagId,
                                   String responsibleDirector, String requestedBy, Instant requestedAt,
                                   ConsultationStatus status, String openedBy, Instant openedAt, Instant deadline,
                                   int asked, int answered, Instant closedAt, String closing,
                                   ConsultationOutcome outcome, String summary, ConsultationAnswer myAnswer) {
    }

    /** One member's answer. */
    public record ResponseView(String member, String memberName, ConsultationAnswer answer, String text,
                               Instant respondedAt) {
    }

    /** A snabbsamråd with who was asked and every answer so far. */
    public record ConsultationDetail(ConsultationView consultation, List<String> participants,
                                     List<ResponseView> responses) {
    }

    /** The result: the tally while open, the outcome with the objections and comments once closed. */
    public record ConsultationResult(long id, String caseNumber, ConsultationStatus status, int asked, int answered,
                                     long agreed, List<ResponseView> objections, List<ResponseView> comments,
                                     ConsultationOutcome outcome, String summary, Instant closedAt) {
    }

    /** A seat in the council. */
    public record MemberView(String username, String fullName, CouncilFunction function, boolean inUtskott) {
    }
}
