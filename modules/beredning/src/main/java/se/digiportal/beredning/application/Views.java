package se.digiportal.beredning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.List;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;

/** The read models beredning hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /** One row of the queue, with what the beredningsgrupp scans for: progress, age and whether it is overdue. */
    public record QueueRow(String caseNumber, String title, String status, String serviceAreaCode,
                           long forvaltningId, String contactName, Instant submittedAt, Instant statusSince,
                           String assignee, String assigneeName, List<String> criteria, int checklistAnswered,
                           int checklistItems, boolean overdue, String assessment, String routing) {
    }

    /** The filters of the queue, as the page and the API send them; every one may be left empty. */
    public record QueueFilter(Set<String> statuses, Long forvaltningId, String serviceAreaCode, Boolean criteriaMet,
                              String assignee, Integer olderThanDays, String text, String sortField,
                              boolean ascending, int first, int pageSize) {
    }

    public record QueuePage(List<QueueRow> rows, long total) {
    }

    /** Everything the workbench shows of the beredning of one case (the submission itself comes from intake). */
    public record CaseView(long id, String caseNumber, long initiativeId, String title, String status, boolean open,
                           Instant statusSince, String serviceAreaCode, long orgUnitId, long forvaltningId,
                           String submittedBy, String contactName, String contactEmail, String responsibleDirector,
                           Integer estimatedTotalHours, List<String> affectedOrgUnits, boolean procurement,
                           boolean pilot, List<String> criteria, Instant submittedAt, int submissionVersion,
                           String assignee, String assigneeName, String assessment, String assessmentMotivation,
                           String routing, String routingMotivation, String consultationMode, boolean overdue,
                           List<ChecklistLine> checklist, List<CompletionView> completions,
                           List<RecommendationView> recommendations, Set<String> referralReasons,
                           String suggestedRouting, CouncilReturnView councilReturn) {
    }

    /** The council's latest återremiss of the case: what to complete, and where it was decided. */
    public record CouncilReturnView(String whatToComplete, String meetingRef, Instant returnedAt) {
    }

    public record ChecklistLine(String code, String label, String guidance, String verdict, String comment,
                                String answeredBy, Instant answeredAt) {
    }

    public record CompletionView(long id, String whatToComplete, LocalDate deadline, String state,
                                 Instant requestedAt, String requestedBy, Instant remindedAt,
                                 LocalDate reminderDeadline, Instant parkedAt, Instant closedAt) {
    }

    public record RecommendationView(long id, String topic, String text, String givenBy, Instant givenAt) {
    }

    /** A recommendation as the beredare writes it. */
    public record RecommendationForm(String topic, String text) {
    }

    /** What one follow-up run did. */
    public record FollowUpResult(int reminded, int parked) {
    }

    /** A saved queue filter: its name and the filter it restores (window and sort left to the page). */
    public record SavedFilterView(long id, String name, QueueFilter filter) {
    }

    /** A checklist point as configured. */
    public record ChecklistItemView(String code, String label, String guidance, int position, boolean active) {
    }

    /** The handling-time target of an open status, in working days; null when it has none. */
    public record HandlingTargetView(String status, Integer workingDays) {
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
