package se.digiportal.beredning.application;

import java.time.Instant;
import java.util.List;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;

/** The read models beredning hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    public record PreparationMeetingView(long id, Instant startsAt, String location, String note) {
    }

    // --- meetings, underlag, ranking ---

    /** A meeting in the calendar, with how many cases are booked on it. */
    public record MeetingView(long id, Instant startsAt, Instant endsAt, int durationMinutes, String location,
                              String note, int caseCount) {
    }

    /** A case on a meeting's agenda, with the note the group recorded at the meeting. */
    public record AgendaItemView(long id, int position, String caseNumber, String title, String contactName,
                                 PreparationStatus status, List<String> invitees, String note, String notedBy,
                                 Instant notedAt) {
    }

    /** A meeting with its agenda in order. */
    public record MeetingDetailView(MeetingView meeting, List<AgendaItemView> agenda) {
    }

    /** A case booked on a meeting: where, when, and who was invited. */
    public record BookingView(long agendaItemId, long meetingId, Instant startsAt, String location, String caseNumber,
                              int position, List<String> invitees) {
    }

    /**
     * A case's underlag as the beredare sees it. {@code id} is null while nothing is saved yet; {@code editable}
     * says whether the draft may still change, {@code missingSections} what publishing would refuse.
     */
    public record DecisionBasisView(Long id, String caseNumber, String title, Routing routing,
                                    PreparationStatus caseStatus, DecisionBasisContent content, boolean published,
                                    boolean editable, List<String> missingSections, String updatedBy,
                                    Instant updatedAt, String publishedBy, Instant publishedAt) {
    }

    /** A comment on an underlag draft. */
    public record CommentView(long id, String author, String authorName, String text, Instant writtenAt) {
    }

    /** A ranked case of a service area. */
    public record RankedCaseView(int position, String caseNumber, String title, Integer estimatedTotalHours,
                                 PreparationStatus status) {
    }

    /** A service area's ranking for a year; frozen means it is the area's proposal and read-only. */
    public record RankingView(String serviceAreaCode, int year, boolean frozen, String frozenBy, Instant frozenAt,
                              List<RankedCaseView> cases) {
    }
}
