package se.digiportal.objects.application;

import java.time.Instant;
import java.util.List;
import se.digiportal.objects.domain.ActivityKind;
import se.digiportal.objects.domain.Criticality;
import se.digiportal.objects.domain.Gap;
import se.digiportal.objects.domain.InventoryAnswer;
import se.digiportal.objects.domain.Lifecycle;
import se.digiportal.objects.domain.ObjectRole;
import se.digiportal.objects.domain.PlanStatus;
import se.digiportal.objects.domain.SystemRole;
import se.digiportal.objects.domain.Term;
import se.digiportal.objects.domain.TimeDisposition;

/** The read models objects hands out; entities never leave the application layer. */
public final class Views {

    private Views() {
    }

    /**
     * A förvaltningsobjekt with its people; {@code missingRoles} is empty when it has its owner and lead pair, and
     * {@code gaps} adds its systems' missing specialists: empty means a plan can be submitted.
     */
    public record ManagedObjectView(long id, String name, String description, long orgUnitId, String ownerUsername,
                                    String businessLeadUsername, String itLeadUsername, List<ObjectRole> missingRoles,
                                    boolean readyForPlan, int systemCount, List<Gap> gaps) {
    }

    /** An object's page: the object, its systems and its plans. */
    public record ObjectDetailView(ManagedObjectView object, String orgUnitName, List<SystemView> systems,
                                   List<PlanSummary> plans) {
    }

    public record PlanSummary(int year, PlanStatus status) {
    }

    /** Dates are ISO-8601 text ({@code 2028-03-31}), the same in JSON and on the pages. */
    public record SystemView(long id, String name, String description, Long managedObjectId, String objectName,
                             long orgUnitId, String orgUnitName, String supplier, String contractEnd,
                             Lifecycle lifecycle, Criticality criticality, TimeDisposition disposition,
                             boolean personalData, boolean sensitiveData, boolean processorAgreement,
                             List<String> integrations, String businessSpecialistUsername,
                             String itSpecialistUsername, List<SystemRole> missingSpecialists) {
    }

    /** The system overview per förvaltning (seed 004): how many systems, how critical, how complete. */
    public record OrgUnitOverview(long orgUnitId, String orgUnitName, int systems, int inUse, int phasingOut,
                                  int critical, int personalData, int missingSpecialists) {
    }

    /** One problem of an import file: its row (header = 1), its column and a bundle key. */
    public record ImportError(int row, String column, String messageKey) {
    }

    /** A preview ({@code imported} false) or the outcome of an import: nothing is imported when there are errors. */
    public record ImportResult(boolean imported, List<SystemView> systems, List<ImportError> errors) {
    }

    /**
     * An objektplan as the caller may use it: {@code editable} for the lead pair while it is a draft or returned,
     * {@code decidable} for the owner while it is submitted, {@code copyable} when next year has no plan yet and
     * the caller is lead or owner.
     */
    public record PlanView(long id, long objectId, String objectName, int year, PlanStatus status, String overallPlan,
                           List<GoalView> goals, List<ActivityView> activities, List<BudgetLineView> budget,
                           long budgetTotal, List<InitiativeView> initiatives, String returnComment,
                           String decidedBy, Instant decidedAt, boolean editable, boolean decidable,
                           boolean copyable, boolean followUpAllowed) {
    }

    public record GoalView(String description, String outcome) {
    }

    public record ActivityView(ActivityKind kind, String description, int quarter, String owner, long cost,
                               String outcome, Boolean done) {
    }

    public record BudgetLineView(String category, long amount) {
    }

    public record InitiativeView(Term term, String title, String caseNumber) {
    }

    /** An inventory round with its answers so far. */
    public record RoundView(long id, String title, Long managedObjectId, String deadline, String remindOn,
                            String openedBy, Instant openedAt, Instant reminderSentAt, Instant closedAt,
                            int systems, int confirmed, int corrected, int missing) {
    }

    /** One system's task in a round, as its specialists and the report see it. */
    public record TaskView(long id, long roundId, String roundTitle, String deadline, long systemId,
                           String systemName, List<String> assignees, InventoryAnswer answer, String answeredBy,
                           Instant answeredAt, String correctionNote, boolean reminded) {
    }

    /** Completeness of one förvaltning or object in a round: how many answered and which systems are missing. */
    public record CompletenessRow(String name, int systems, int answered, List<String> missingSystems) {
    }

    /** The round's completeness report, per förvaltning and per object, with every task. */
    public record InventoryReport(RoundView round, List<CompletenessRow> byOrgUnit, List<CompletenessRow> byObject,
                                  List<TaskView> tasks) {
    }
}
