package se.digiportal.objects.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.objects.application.Views.ActivityView;
import se.digiportal.objects.application.Views.BudgetLineView;
import se.digiportal.objects.application.Views.GoalView;
import se.digiportal.objects.application.Views.InitiativeView;
import se.digiportal.objects.application.Views.PlanView;
import se.digiportal.objects.domain.BudgetLine;
import se.digiportal.objects.domain.ItSystemRepository;
import se.digiportal.objects.domain.ManagedObject;
import se.digiportal.objects.domain.ManagedObjectRepository;
import se.digiportal.objects.domain.ObjectPlan;
import se.digiportal.objects.domain.ObjectPlanRepository;
import se.digiportal.objects.domain.PlanAccessDenied;
import se.digiportal.objects.domain.PlanActivity;
import se.digiportal.objects.domain.PlanContent;
import se.digiportal.objects.domain.PlanGoal;
import se.digiportal.objects.domain.PlanNotReady;
import se.digiportal.objects.domain.PlanStateConflict;
import se.digiportal.objects.domain.PlanStatus;
import se.digiportal.objects.domain.PlannedInitiative;

/**
 * The yearly objektplan: the lead pair writes and submits it, the objektägare approves or returns it, and next
 * year starts as a copy. The container lets in the roles; the plan itself decides whether this caller is the
 * lead or owner of this object, and a refusal there is the same 403 as the container's.
 */
@Stateless
@RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
public class ObjectPlans {

    @Resource
    SessionContext context;

    @Inject
    ManagedObjectRepository objects;

    @Inject
    ItSystemRepository systems;

    @Inject
    ObjectPlanRepository plans;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PlanView plan(long objectId, int year) {
        ManagedObject object = object(objectId);
        ObjectPlan plan = plans.find(objectId, year).orElseThrow(() -> new NotFoundException("plan " + year));
        return view(object, plan);
    }

    /**
     * The year's plan, or, when there is none yet, an unsaved empty draft (id 0) that only the lead pair may
     * edit: the editor page starts from either.
     */
    public PlanView planOrNew(long objectId, int year) {
        ManagedObject object = object(objectId);
        return plans.find(objectId, year).map(p -> view(object, p)).orElseGet(() -> {
            String actor = actor();
            return new PlanView(0, objectId, object.name(), year, PlanStatus.DRAFT, null, List.of(), List.of(),
                    List.of(), 0, List.of(), null, null, null, object.isLead(actor), false, false, false);
        });
    }

    /** Saves the whole content; the first save of a year creates its draft. */
    @RolesAllowed(Role.Names.OBJECT_LEAD)
    public PlanView save(long objectId, int year, PlanForm form) {
        ManagedObject object = object(objectId);
        if (form == null) {
            throw InvalidInputException.of("overallPlan", "plan.text.required");
        }
        String actor = actor();
        return guarded(() -> {
            ObjectPlan plan = plans.find(objectId, year).orElse(null);
            boolean created = plan == null;
            if (created) {
                plan = ObjectPlan.draft(object, year, actor);
            }
            Map<String, Object> before = created ? Map.of() : snapshot(plan);
            plan.revise(object, actor, content(form));
            plans.save(plan);
            audit.record("ObjectPlan", plan.id(), created ? "PLAN_CREATED" : "PLAN_REVISED",
                    Changes.between(before, snapshot(plan)));
            return view(object, plan);
        });
    }

    @RolesAllowed(Role.Names.OBJECT_LEAD)
    public PlanView submit(long objectId, int year) {
        ManagedObject object = object(objectId);
        return guarded(() -> {
            ObjectPlan plan = existing(objectId, year);
            Map<String, Object> before = snapshot(plan);
            plan.submit(object, systems.findByObject(objectId), actor());
            plans.save(plan);
            audit.record("ObjectPlan", plan.id(), "PLAN_SUBMITTED", Changes.between(before, snapshot(plan)));
            return view(object, plan);
        });
    }

    @RolesAllowed(Role.Names.OBJECT_OWNER)
    public PlanView approve(long objectId, int year) {
        ManagedObject object = object(objectId);
        return guarded(() -> {
            ObjectPlan plan = existing(objectId, year);
            Map<String, Object> before = snapshot(plan);
            plan.approve(object, actor(), clock.instant());
            plans.save(plan);
            audit.record("ObjectPlan", plan.id(), "PLAN_APPROVED", Changes.between(before, snapshot(plan)));
            return view(object, plan);
        });
    }

    @RolesAllowed(Role.Names.OBJECT_OWNER)
    public PlanView returnToLeads(long objectId, int year, String comment) {
        ManagedObject object = object(objectId);
        return guarded(() -> {
            ObjectPlan plan = existing(objectId, year);
            Map<String, Object> before = snapshot(plan);
            plan.returnToLeads(object, actor(), comment, clock.instant());
            plans.save(plan);
            audit.record("ObjectPlan", plan.id(), "PLAN_RETURNED", Changes.between(before, snapshot(plan)));
            return view(object, plan);
        });
    }

    /** The lead pair's year-end follow-up of an approved plan: what was achieved per goal and activity. */
    @RolesAllowed(Role.Names.OBJECT_LEAD)
    public PlanView recordFollowUp(long objectId, int year, FollowUpForm form) {
        ManagedObject object = object(objectId);
        if (form == null) {
            throw InvalidInputException.of("goals", "plan.followUp.mismatch");
        }
        return guarded(() -> {
            ObjectPlan plan = existing(objectId, year);
            Map<String, Object> before = snapshot(plan);
            plan.recordFollowUp(object, actor(),
                    form.getGoals().stream().map(FollowUpForm.Goal::getOutcome).toList(),
                    form.getActivities().stream()
                            .map(a -> new ObjectPlan.ActivityResult(a.getOutcome(), a.getDone())).toList());
            plans.save(plan);
            audit.record("ObjectPlan", plan.id(), "PLAN_FOLLOWED_UP", Changes.between(before, snapshot(plan)));
            return view(object, plan);
        });
    }

    /** A follow-up form with one row per goal and activity of the plan, prefilled with what is recorded. */
    public static FollowUpForm followUpOf(PlanView plan) {
        FollowUpForm form = new FollowUpForm();
        plan.goals().forEach(g -> form.getGoals().add(new FollowUpForm.Goal(g.description(), g.outcome())));
        plan.activities().forEach(a -> form.getActivities().add(
                new FollowUpForm.Activity(a.description(), a.outcome(), a.done())));
        return form;
    }

    /** Starts next year's draft from this year's plan. */
    @RolesAllowed({Role.Names.OBJECT_LEAD, Role.Names.OBJECT_OWNER})
    public PlanView copyToNextYear(long objectId, int year) {
        ManagedObject object = object(objectId);
        return guarded(() -> {
            ObjectPlan plan = existing(objectId, year);
            if (plans.find(objectId, year + 1).isPresent()) {
                throw new ConflictException("plan.exists");
            }
            ObjectPlan next = plan.copyForNextYear(object, actor());
            plans.save(next);
            Map<String, Object> after = snapshot(next);
            after.put("copiedFromYear", year);
            audit.record("ObjectPlan", next.id(), "PLAN_COPIED", Changes.between(Map.of(), after));
            return view(object, next);
        });
    }

    /** Turns the plan's refusals into the portal's answers: 403, 409, or 400 naming what is missing. */
    private <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (PlanAccessDenied e) {
            throw new EJBAccessException(e.getMessage());
        } catch (PlanStateConflict e) {
            throw new ConflictException(e.getMessage());
        } catch (OptimisticLockException e) {
            throw new ConflictException("plan.changedMeanwhile");
        } catch (PlanNotReady e) {
            throw new InvalidInputException(e.gaps().stream()
                    .map(g -> new FieldError(g.system() == null ? "object" : g.system(), "gap." + g.role()))
                    .toList());
        }
    }

    private ManagedObject object(long id) {
        return objects.findById(id).orElseThrow(() -> new NotFoundException("object " + id));
    }

    private ObjectPlan existing(long objectId, int year) {
        return plans.find(objectId, year).orElseThrow(() -> new NotFoundException("plan " + year));
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }

    private static PlanContent content(PlanForm form) {
        return new PlanContent(form.getOverallPlan(),
                form.getGoals().stream().map(g -> new PlanGoal(g.getDescription(), g.getOutcome())).toList(),
                form.getActivities().stream().map(a -> new PlanActivity(a.getKind(), a.getDescription(),
                        a.getQuarter() == null ? 0 : a.getQuarter(), a.getOwner(), a.getCost())).toList(),
                form.getBudget().stream().map(b -> new BudgetLine(b.getCategory(), b.getAmount())).toList(),
                form.getInitiatives().stream()
                        .map(i -> new PlannedInitiative(i.getTerm(), i.getTitle(), i.getCaseNumber())).toList());
    }

    private PlanView view(ManagedObject object, ObjectPlan p) {
        String actor = actor();
        boolean copyable = (object.isLead(actor) || object.isOwner(actor))
                && plans.find(object.id(), p.year() + 1).isEmpty();
        return new PlanView(p.id(), object.id(), object.name(), p.year(), p.status(), p.overallPlan(),
                p.goals().stream().map(g -> new GoalView(g.description(), g.outcome())).toList(),
                p.activities().stream().map(a -> new ActivityView(a.kind(), a.description(), a.quarter(), a.owner(),
                        a.cost(), a.outcome(), a.done())).toList(),
                p.budget().stream().map(b -> new BudgetLineView(b.category(), b.amount())).toList(),
                p.budgetTotal(),
                p.initiatives().stream().map(i -> new InitiativeView(i.term(), i.title(), i.caseNumber())).toList(),
                p.returnComment(), p.decidedBy(), p.decidedAt(), p.editableBy(object, actor),
                p.decidableBy(object, actor), copyable, p.followUpAllowedBy(object, actor));
    }

    /** A form that mirrors the plan, for the editor to start from. */
    public static PlanForm formOf(PlanView plan) {
        PlanForm form = new PlanForm();
        form.setOverallPlan(plan.overallPlan());
        plan.goals().forEach(g -> form.getGoals().add(new PlanForm.Goal(g.description(), g.outcome())));
        plan.activities().forEach(a -> form.getActivities().add(
                new PlanForm.Activity(a.kind(), a.description(), a.quarter(), a.owner(), a.cost())));
        plan.budget().forEach(b -> form.getBudget().add(new PlanForm.Budget(b.category(), b.amount())));
        plan.initiatives().forEach(i -> form.getInitiatives().add(
                new PlanForm.Initiative(i.term(), i.title(), i.caseNumber())));
        return form;
    }

    private static Map<String, Object> snapshot(ObjectPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", p.year());
        m.put("status", p.status());
        m.put("overallPlan", p.overallPlan());
        m.put("goals", join(p.goals()));
        m.put("activities", join(p.activities()));
        m.put("budget", join(p.budget()));
        m.put("initiatives", join(p.initiatives()));
        m.put("goalOutcomes", join(p.goals().stream().map(g -> g.outcome()).toList()));
        m.put("activityOutcomes", join(p.activities().stream()
                .map(a -> (a.done() == null ? "-" : a.done() ? "done" : "not done") + ": " + a.outcome()).toList()));
        m.put("returnComment", p.returnComment());
        m.put("decidedBy", p.decidedBy());
        return m;
    }

    private static String join(List<?> items) {
        return items.isEmpty() ? null : String.join(" | ", items.stream().map(String::valueOf).toList());
    }
}
