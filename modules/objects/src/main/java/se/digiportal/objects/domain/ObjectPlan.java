package se.digiportal.objects.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * The yearly objektplan of one förvaltningsobjekt (seed 001): the overall plan, the year's goals, activities
 * (vidareutveckling and vidmakthållande), budget and planned initiatives. The objektledarpar writes it together,
 * the objektägare decides it; who may do what is checked here against the object, the order of steps by
 * {@link PlanStatus}. Next year's plan starts as a copy ({@link #copyForNextYear}).
 */
@Entity
@Table(name = "objects_plan", uniqueConstraints = @UniqueConstraint(columnNames = {"managed_object_id", "plan_year"}))
public class ObjectPlan {

    public static final int OVERALL_MAX_LENGTH = 4000;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "managed_object_id", nullable = false)
    private Long managedObjectId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "overall_plan", length = OVERALL_MAX_LENGTH)
    private String overallPlan;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objects_plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanGoal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objects_plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanActivity> activities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objects_plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objects_plan_initiative", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlannedInitiative> initiatives = new ArrayList<>();

    @Version
    private long version;

    protected ObjectPlan() {
    }

    private ObjectPlan(ManagedObject object, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.of("year", "plan.year.invalid");
        }
        this.managedObjectId = object.id();
        this.year = year;
        this.status = PlanStatus.DRAFT;
    }

    /** A new, empty draft; only the lead pair starts one, since they are the ones who write it. */
    public static ObjectPlan draft(ManagedObject object, int year, String actor) {
        requireLead(object, actor);
        return new ObjectPlan(object, year);
    }

    /** Next year's draft with this plan's content, for the lead pair or the owner to start the new year from. */
    public ObjectPlan copyForNextYear(ManagedObject object, String actor) {
        requireSameObject(object);
        if (!object.isLead(actor) && !object.isOwner(actor)) {
            throw new PlanAccessDenied(actor + " is neither lead nor owner of object " + object.id());
        }
        ObjectPlan next = new ObjectPlan(object, year + 1);
        next.replaceContent(content());
        // A new year starts without last year's follow-up: outcomes belong to the year they were achieved in.
        next.goals.replaceAll(g -> g.followedUp(null));
        return next;
    }

    public void revise(ManagedObject object, String actor, PlanContent content) {
        requireSameObject(object);
        requireLead(object, actor);
        if (!status.editable()) {
            throw new PlanStateConflict(status == PlanStatus.APPROVED ? "plan.locked" : "plan.awaitingDecision");
        }
        String overall = content.overallPlan() == null || content.overallPlan().isBlank()
                ? null : content.overallPlan().trim();
        if (overall != null && overall.length() > OVERALL_MAX_LENGTH) {
            throw InvalidInputException.of("overallPlan", "plan.text.tooLong");
        }
        this.overallPlan = overall;
        replaceContent(content);
    }

    /** Submitting needs the owner to decide, the pair behind the plan and both specialists of every system. */
    public void submit(ManagedObject object, List<ItSystem> systemsOfObject, String actor) {
        requireSameObject(object);
        requireLead(object, actor);
        PlanStatus next = status.submit();
        List<Gap> gaps = PlanReadiness.gaps(object, systemsOfObject);
        if (!gaps.isEmpty()) {
            throw new PlanNotReady(gaps);
        }
        status = next;
    }

    public void approve(ManagedObject object, String actor, Instant at) {
        requireOwner(object, actor);
        status = status.approve();
        decidedBy = actor;
        decidedAt = at;
        returnComment = null;
    }

    /** The owner sends the plan back to the lead pair; the comment tells them what to change. */
    public void returnToLeads(ManagedObject object, String actor, String comment, Instant at) {
        requireOwner(object, actor);
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "plan.comment.required");
        }
        if (comment.trim().length() > 2000) {
            throw InvalidInputException.of("comment", "plan.text.tooLong");
        }
        status = status.returnToLeads();
        returnComment = comment.trim();
        decidedBy = actor;
        decidedAt = at;
    }

    /**
     * The year-end follow-up (seed 001): per goal what was achieved, per activity what came of it and whether it
     * was done. Only of a decided plan, since only that is what the year was steered by, and only by the lead pair
     * who answer for it; the decided content itself stays locked. One answer per goal and per activity, in order.
     */
    public void recordFollowUp(ManagedObject object, String actor, List<String> goalOutcomes,
                               List<ActivityResult> activityResults) {
        requireSameObject(object);
        requireLead(object, actor);
        if (status != PlanStatus.APPROVED) {
            throw new PlanStateConflict("plan.followUp.notApproved");
        }
        if (goalOutcomes == null || goalOutcomes.size() != goals.size()) {
            throw InvalidInputException.of("goals", "plan.followUp.mismatch");
        }
        if (activityResults == null || activityResults.size() != activities.size()) {
            throw InvalidInputException.of("activities", "plan.followUp.mismatch");
        }
        List<PlanGoal> followedGoals = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            followedGoals.add(goals.get(i).followedUp(goalOutcomes.get(i)));
        }
        List<PlanActivity> followedActivities = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityResult r = activityResults.get(i);
            followedActivities.add(activities.get(i).followedUp(r == null ? null : r.outcome(), r == null ? null : r.done()));
        }
        goals.clear();
        goals.addAll(followedGoals);
        activities.clear();
        activities.addAll(followedActivities);
    }

    /** What the lead pair found at year-end for one activity; {@code done} null means not answered. */
    public record ActivityResult(String outcome, Boolean done) {
    }

    public boolean followUpAllowedBy(ManagedObject object, String actor) {
        return status == PlanStatus.APPROVED && object.isLead(actor);
    }

    public boolean editableBy(ManagedObject object, String actor) {
        return status.editable() && object.isLead(actor);
    }

    public boolean decidableBy(ManagedObject object, String actor) {
        return status == PlanStatus.SUBMITTED && object.isOwner(actor);
    }

    public PlanContent content() {
        return new PlanContent(overallPlan, goals, activities, budget, initiatives);
    }

    public long budgetTotal() {
        return budget.stream().mapToLong(BudgetLine::amount).sum();
    }

    private void replaceContent(PlanContent content) {
        this.overallPlan = content.overallPlan();
        goals.clear();
        content.goals().forEach(g -> goals.add(new PlanGoal(g.description(), g.outcome())));
        activities.clear();
        content.activities().forEach(a -> activities.add(
                new PlanActivity(a.kind(), a.description(), a.quarter(), a.owner(), a.cost())));
        budget.clear();
        content.budget().forEach(b -> budget.add(new BudgetLine(b.category(), b.amount())));
        initiatives.clear();
        content.initiatives().forEach(i -> initiatives.add(new PlannedInitiative(i.term(), i.title(), i.caseNumber())));
    }

    private void requireSameObject(ManagedObject object) {
        if (!Objects.equals(object.id(), managedObjectId)) {
            throw new IllegalArgumentException("plan " + id + " belongs to object " + managedObjectId);
        }
    }

    private static void requireLead(ManagedObject object, String actor) {
        if (!object.isLead(actor)) {
            throw new PlanAccessDenied(actor + " is not in the objektledarpar of object " + object.id());
        }
    }

    private void requireOwner(ManagedObject object, String actor) {
        requireSameObject(object);
        if (!object.isOwner(actor)) {
            throw new PlanAccessDenied(actor + " is not the objektägare of object " + object.id());
        }
    }

    public Long id() { return id; }
    public Long managedObjectId() { return managedObjectId; }
    public int year() { return year; }
    public PlanStatus status() { return status; }
    public String overallPlan() { return overallPlan; }
    public String returnComment() { return returnComment; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public List<PlanGoal> goals() { return List.copyOf(goals); }
    public List<PlanActivity> activities() { return List.copyOf(activities); }
    public List<BudgetLine> budget() { return List.copyOf(budget); }
    public List<PlannedInitiative> initiatives() { return List.copyOf(initiatives); }
}
