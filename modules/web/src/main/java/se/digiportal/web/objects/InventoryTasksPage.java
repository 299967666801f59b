package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.objects.application.CorrectionForm;
import se.digiportal.objects.application.SystemInventory;
import se.digiportal.objects.application.Views.TaskView;
import se.digiportal.objects.domain.Criticality;
import se.digiportal.objects.domain.Lifecycle;
import se.digiportal.web.faces.FacesMessages;

/**
 * "Mina inventeringsuppgifter": the signed-in specialist's tasks in rounds still open, each confirmed as it is or
 * corrected through the same correction form as the API; the answer can be changed until the round closes.
 */
@Named
@ViewScoped
public class InventoryTasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SystemInventory inventory;

    @Inject
    transient FacesMessages messages;

    private List<TaskView> tasks = List.of();
    private TaskView correcting;
    private CorrectionForm correction = new CorrectionForm();

    @PostConstruct
    void load() {
        tasks = inventory.myTasks();
    }

    public void confirm(TaskView task) {
        run(() -> inventory.confirm(task.id()), "inventory.confirmed");
    }

    /** Shows the correction form for this task. */
    public void startCorrection(TaskView task) {
        correcting = task;
        correction = new CorrectionForm();
    }

    public void cancelCorrection() {
        correcting = null;
    }

    public void correct() {
        if (correcting != null) {
            run(() -> inventory.correct(correcting.id(), correction), "inventory.corrected");
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            correcting = null;
            tasks = inventory.myTasks();
            messages.info(doneKey);
        } catch (InvalidInputException e) {
            messages.fieldErrors("correctForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        } catch (EJBAccessException e) {
            messages.error("plan.denied");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<TaskView> getTasks() { return tasks; }
    public TaskView getCorrecting() { return correcting; }
    public CorrectionForm getCorrection() { return correction; }
    public Lifecycle[] getLifecycles() { return Lifecycle.values(); }
    public Criticality[] getCriticalities() { return Criticality.values(); }
}
