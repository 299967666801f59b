package se.digiportal.portfolio.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.digiportal.portfolio.domain.BenefitType;
import se.digiportal.portfolio.domain.EntryPath;
import se.digiportal.portfolio.domain.PilotDecision;
import se.digiportal.portfolio.domain.Phase;
import se.digiportal.portfolio.domain.RagStatus;

/** The read models and forms portfolio hands out and takes in; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /** One item as lists and feeds show it. {@code status}/{@code progress} are the latest status report's. */
    public record PortfolioItemView(long id, String caseNumber, String title, String serviceAreaCode, long orgUnitId,
                                    Phase phase, boolean pilot, Instant enteredAt, EntryPath entryPath,
                                    String projectLead, LocalDate plannedStart, LocalDate plannedEnd,
                                    RagStatus status, Integer progress, Instant updatedAt) {
    }

    /** One page of a filtered list, with the number of matches on every page. */
    public record ItemPage(List<PortfolioItemView> items, long total, int page, int size) {
    }

    /**
     * A list's filter as the user or client gave it; null means "any". Text values are checked by the service
     * and a bad one is rejected naming its field ({@code status}, {@code phase}, {@code year}).
     */
    public record ItemFilter(String status, String serviceArea, Long orgUnit, Integer year, String phase,
                             Instant updatedSince) {

        public static ItemFilter none() {
            return new ItemFilter(null, null, null, null, null, null);
        }
    }

    /** How many items a filter matches and when the latest of them changed: what a feed's ETag is made of. */
    public record ListStamp(long total, Instant lastUpdated) {
    }

    /** Where the item came from: the path, the council's decision and the underlag, when there were any. */
    public record Origin(EntryPath entryPath, Long decisionMeetingId, Long decisionAgendaItemId, String conditions,
                         Long underlagId, Integer estimatedTotalHours) {
    }

    public record BudgetLineView(int year, long investment, long operation) {
    }

    /** A resource booked for an item: a kind, perhaps a named person, hours every month from..to (inclusive). */
    public record BookingView(long id, String kindCode, String person, YearMonth from, YearMonth to,
                              int hoursPerMonth) {
    }

    public record StatusReportView(long id, Instant reportedAt, String reportedBy, RagStatus status, int progress,
                                   String note, String nextSteps) {
    }

    public record MeasurementView(long id, LocalDate measuredOn, BigDecimal value, String note, String recordedBy) {
    }

    /** A benefit to realise, with the values measured so far (oldest first). */
    public record BenefitView(long id, String description, String stakeholder, BenefitType type, String indicator,
                              BigDecimal baseline, BigDecimal target, String owner, LocalDate nextFollowUp,
                              List<MeasurementView> measurements) {
    }

    /** A pilot's evaluation; null on an item that is no pilot or not yet evaluated. */
    public record PilotEvaluationView(String learned, PilotDecision decision, Instant evaluatedAt,
                                      String evaluatedBy) {
    }

    /** One item with everything the project office keeps on it; status reports oldest first. */
    public record ItemView(PortfolioItemView item, Origin origin, List<BudgetLineView> budget,
                           List<BookingView> bookings, List<StatusReportView> statusReports,
                           List<BenefitView> benefits, PilotEvaluationView pilotEvaluation) {
    }

    /** A benefit as entered; {@code type} FINANCIAL, REDISTRIBUTION or QUALITY. */
    public record BenefitForm(String description, String stakeholder, String type, String indicator,
                              BigDecimal baseline, BigDecimal target, String owner, LocalDate nextFollowUp) {
    }

    /** A measured value of a benefit's indicator, and optionally when to follow up next. */
    public record MeasurementForm(LocalDate measuredOn, BigDecimal value, String note, LocalDate nextFollowUp) {
    }

    /** A pilot's evaluation as entered; {@code decision} SCALE_UP, ADJUST or STOP. */
    public record PilotEvaluationForm(String learned, String decision) {
    }

    /** What changed after a point in time (final items included, so a sync sees them stop), and as of when. */
    public record ChangeSet(Instant since, Instant asOf, List<PortfolioItemView> items) {
    }

    /** The resourcing of an item: lead, phase and planned period. */
    public record ResourcingForm(String projectLead, String phase, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    /** A booking as the project office enters it; {@code person} is optional. */
    public record BookingForm(String kindCode, String person, YearMonth from, YearMonth to, Integer hoursPerMonth) {
    }

    /** A status report as filed: {@code status} GREEN, AMBER or RED, progress 0–100, a note, the next steps. */
    public record StatusReportForm(String status, Integer progress, String note, String nextSteps) {
    }

    public record ResourceKindView(String code, String nameSv, String nameEn, int monthlyCapacityHours) {
    }

    public record CapacityCellView(YearMonth month, int booked, int capacity, boolean overbooked) {
    }

    public record CapacityRow(ResourceKindView kind, List<CapacityCellView> cells) {
    }

    /** Booked hours against capacity per resource kind and month. */
    public record CapacityView(List<YearMonth> months, List<CapacityRow> rows) {
    }

    /** The budget of one year, in whole kronor. */
    public record BudgetForm(Integer year, Long investment, Long operation) {
    }
}
