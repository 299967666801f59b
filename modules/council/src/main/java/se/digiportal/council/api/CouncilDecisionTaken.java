package se.digiportal.council.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when the digitaliseringsråd records a decision on an agenda item. It reaches the submitter's timeline
 * (kind {@code DECISION}) with where it was taken (meeting and §), so the case can be followed to the meeting,
 * the item and the minutes; an approved case is what the portfolio takes in.
 *
 * @param meetingId        the council meeting the decision was taken at
 * @param meetingStartsAt  when that meeting began
 * @param agendaItemId     the item on that meeting's agenda (föredragningslista)
 * @param agendaItemNumber the item's paragraph (§) on the agenda, 1 = first
 * @param conditions       e.g. "som pilot", or null
 * @param whatToComplete   for a returned case (återremiss), what beredning is to complete; otherwise null
 * @param outcomeWords     the outcome as the record words it: "Tillstyrkt"/"Avstyrkt" for a samråd held on a meeting,
 *                         otherwise the outcome's Swedish name
 */
public record CouncilDecisionTaken(String caseNumber, String title, DecisionOutcome outcome, String motivation,
                                   String conditions, String whatToComplete, long meetingId, Instant meetingStartsAt,
                                   long agendaItemId, int agendaItemNumber, String decidedBy, Instant occurredAt,
                                   String outcomeWords)
        implements CaseEvent {

    public CouncilDecisionTaken {
        if (outcomeWords == null || outcomeWords.isBlank()) {
            outcomeWords = outcome.swedish();
        }
    }

    /** A decision worded as such (Beviljat, Avslag, ...). */
    public CouncilDecisionTaken(String caseNumber, String title, DecisionOutcome outcome, String motivation,
                                String conditions, String whatToComplete, long meetingId, Instant meetingStartsAt,
                                long agendaItemId, int agendaItemNumber, String decidedBy, Instant occurredAt) {
        this(caseNumber, title, outcome, motivation, conditions, whatToComplete, meetingId, meetingStartsAt,
                agendaItemId, agendaItemNumber, decidedBy, occurredAt, null);
    }

    private static final int DETAIL_MAX_LENGTH = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Stockholm"));

    /** Where the decision was taken as the record names it, e.g. "Digitaliseringsrådet 2026-12-10, § 4". */
    public String reference() {
        return referenceOf(meetingStartsAt, agendaItemNumber);
    }

    /** The record's name for item {@code agendaItemNumber} of the meeting that started at {@code meetingStartsAt}. */
    public static String referenceOf(Instant meetingStartsAt, int agendaItemNumber) {
        return "Digitaliseringsrådet " + DAY.format(meetingStartsAt) + ", § " + agendaItemNumber;
    }

    @Override
    public String timelineKind() {
        return "DECISION";
    }

    @Override
    public String timelineDetail() {
        String detail = outcomeWords + ": " + motivation;
        if (conditions != null && !conditions.isBlank()) {
            detail += " Villkor: " + conditions;
        }
        if (whatToComplete != null && !whatToComplete.isBlank()) {
            detail += " Att komplettera: " + whatToComplete;
        }
        // The reference survives the cut, so the entry always leads to the meeting.
        String where = " (" + reference() + ")";
        int room = DETAIL_MAX_LENGTH - where.length();
        return (detail.length() > room ? detail.substring(0, room - 3) + "..." : detail) + where;
    }
}
