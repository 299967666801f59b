package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.objects.application.FollowUpForm;
import se.digiportal.objects.application.ObjectPlans;
import se.digiportal.objects.application.PlanForm;
import se.digiportal.objects.application.Views.PlanView;
import se.digiportal.objects.domain.ActivityKind;
import se.digiportal.objects.domain.PlanStatus;
import se.digiportal.objects.domain.Term;
import se.digiportal.web.faces.FacesMessages;

/**
 * The objektplan of one object and year: the lead pair's editor while it is theirs to edit, the owner's
 * approve/return while it is submitted, read-only otherwise. Adding and removing rows only changes the form.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ObjectPlans plans;

    @Inject
    transient FacesMessages messages;

    private long objectId;
    private int year;
    private PlanView plan;
    private PlanForm form;
    private FollowUpForm followUp;
    private String comment;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            objectId = Long.parseLong(params.getOrDefault("object", ""));
            year = Integer.parseInt(params.getOrDefault("year", ""));
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            plan = null;
        }
    }

    private void reload() {
        plan = plans.planOrNew(objectId, year);
        form = ObjectPlans.formOf(plan);
        followUp = ObjectPlans.followUpOf(plan);
    }

    public void save() {
        run(() -> plans.save(objectId, year, form), "plan.saved");
    }

    public void submit() {
        run(() -> plans.submit(objectId, year), "plan.submitted");
    }

    public void approve() {
        run(() -> plans.approve(objectId, year), "plan.approved");
    }

    public void returnToLeads() {
        run(() -> plans.returnToLeads(objectId, year, comment), "plan.returned");
    }

    public void recordFollowUp() {
        run(() -> plans.recordFollowUp(objectId, year, followUp), "plan.followUp.saved");
    }

    public String copyToNextYear() {
        if (run(() -> plans.copyToNextYear(objectId, year), null)) {
            return "/objects/plan.xhtml?faces-redirect=true&object=" + objectId + "&year=" + (year + 1);
        }
        return null;
    }

    private boolean run(java.util.function.Supplier<PlanView> action, String doneKey) {
        try {
            action.get();
            reload();
            if (doneKey != null) {
                messages.info(doneKey);
            }
            return true;
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            messages.conflict(e);
        } catch (EJBAccessException e) {
            messages.error("plan.denied");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return false;
    }

    public void addGoal() { form.getGoals().add(new PlanForm.Goal()); }
    public void removeGoal(PlanForm.Goal goal) { form.getGoals().remove(goal); }
    public void addActivity() { form.getActivities().add(new PlanForm.Activity()); }
    public void removeActivity(PlanForm.Activity activity) { form.getActivities().remove(activity); }
    public void addBudget() { form.getBudget().add(new PlanForm.Budget()); }
    public void removeBudget(PlanForm.Budget line) { form.getBudget().remove(line); }
    public void addInitiative() { form.getInitiatives().add(new PlanForm.Initiative()); }
    public void removeInitiative(PlanForm.Initiative initiative) { form.getInitiatives().remove(initiative); }

    public PlanView getPlan() { return plan; }
    public PlanForm getForm() { return form; }
    public FollowUpForm getFollowUp() { return followUp; }
    public boolean isFollowUpShown() { return plan != null && plan.status() == PlanStatus.APPROVED; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public long getObjectId() { return objectId; }
    public int getYear() { return year; }
    public boolean isEditable() { return plan != null && plan.editable(); }
    public boolean isSaved() { return plan != null && plan.id() != 0; }
    public ActivityKind[] getActivityKinds() { return ActivityKind.values(); }
    public Term[] getTerms() { return Term.values(); }
    public Integer[] getQuarters() { return new Integer[] {1, 2, 3, 4}; }
}
