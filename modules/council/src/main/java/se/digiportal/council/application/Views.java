package se.digiportal.council.application;

import java.time.Instant;
import java.util.List;
import se.digiportal.council.api.DecisionOutcome;
import se.digiportal.council.domain.MeetingStatus;
import se.digiportal.council.domain.ReferralKind;
import se.digiportal.council.domain.ReferralStatus;

/** The read models council hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record CouncilMeetingView(long id, Instant startsAt, String location, MeetingStatus status,
                                     Instant agendaSentAt) {
    }

    /** A case referred to the council, as the "to be scheduled" list shows it. */
    public record ReferralView(long id, String caseNumber, String title, String serviceAreaCode, long underlagId,
                               ReferralKind kind, String proposedDecision, String motivation, String referredBy,
                               Instant referredAt, ReferralStatus status) {
    }

    /**
     * A decision taken on an agenda item, traceable both ways: to the meeting, the item (§ {@code agendaItemNumber})
     * and the minutes ({@code minutesId} once drafted; {@code minutesStatus} ADJUSTED when they are final).
     */
    public record DecisionView(long agendaItemId, int agendaItemNumber, long meetingId, Instant meetingStartsAt,
                               String caseNumber, String title, DecisionOutcome outcome, String motivation,
                               String conditions, String whatToComplete, String decidedBy, Instant decidedAt,
                               Long minutesId, String minutesStatus, DecisionLinks links) {
    }

    /** Where a decision is read: paths on the portal, the minutes' only when there are minutes. */
    public record DecisionLinks(String meeting, String agenda, String meetingPage, String minutes, String minutesPdf,
                                String casePage) {
    }

    /** One case on a meeting's agenda, in its place, with the decision when taken. */
    public record AgendaItemView(long id, int position, ReferralView referral, DecisionView decision) {
    }

    /** A meeting with its agenda (föredragningslista). */
    public record MeetingDetail(CouncilMeetingView meeting, List<AgendaItemView> agenda) {
    }

    /** What the secretary records; the outcome is APPROVED, REJECTED, RETURNED or DEFERRED. */
    public record DecisionForm(long agendaItemId, String outcome, String motivation, String conditions,
                               String whatToComplete) {
    }

    /** The minutes of a meeting; {@code status} DRAFT or ADJUSTED (locked). */
    public record MinutesView(long id, long meetingId, String present, String body, String adjuster, String status,
                              String draftedBy, Instant draftedAt, Instant adjustedAt) {
    }

    /**
     * A correction (rättelse) of adjusted minutes, a document of its own: {@code correctsMinutesId} names what it
     * corrects; {@code status} DRAFT or ADJUSTED (locked).
     */
    public record CorrectionView(long id, long correctsMinutesId, long meetingId, String body, String adjuster,
                                 String status, String draftedBy, Instant draftedAt, Instant adjustedAt, String pdf) {
    }

    /**
     * A council decision as the case's submitter sees it: where it was taken and, only once the minutes are
     * adjusted, the path of their PDF ({@code minutesPdf}, otherwise null).
     */
    public record PublicDecisionView(String caseNumber, DecisionOutcome outcome, String motivation, String conditions,
                                     String whatToComplete, long meetingId, Instant meetingStartsAt,
                                     int agendaItemNumber, String reference, Instant decidedAt,
                                     boolean minutesAdjusted, String minutesPdf) {
    }
}
