package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.objects.application.SystemInventory;
import se.digiportal.objects.application.Views.InventoryReport;
import se.digiportal.objects.application.Views.RoundView;
import se.digiportal.web.faces.FacesMessages;

/**
 * The inventory rounds for the administrator (förvaltningsledare): the list, a form to open a round, and the
 * completeness report of the round named by the {@code round} parameter, which can be closed from here. The
 * service decides who may; a refusal shows the page without its content.
 */
@Named
@ViewScoped
public class InventoryRoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SystemInventory inventory;

    @Inject
    transient FacesMessages messages;

    private boolean allowed;
    private List<RoundView> rounds = List.of();
    private InventoryReport report;
    private long roundId;
    private String title;
    private Long objectId;
    private LocalDate deadline;
    private LocalDate remindOn;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            rounds = inventory.rounds();
            allowed = true;
            roundId = Long.parseLong(params.getOrDefault("round", "0"));
            if (roundId != 0) {
                report = inventory.report(roundId);
            }
        } catch (EJBAccessException e) {
            allowed = false;
        } catch (NumberFormatException | NotFoundException e) {
            report = null;
        }
    }

    /** Opens the round and shows its (still empty) completeness report. */
    public String open() {
        try {
            RoundView opened = inventory.openRound(title, objectId, deadline, remindOn);
            messages.info("inventory.opened");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/objects/inventory.xhtml?faces-redirect=true&round=" + opened.id();
        } catch (InvalidInputException e) {
            messages.fieldErrors("openForm", e);
        }
        return null;
    }

    public void close() {
        try {
            report = inventory.closeRound(roundId);
            rounds = inventory.rounds();
            messages.info("inventory.closedDone");
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public boolean isAllowed() { return allowed; }
    public List<RoundView> getRounds() { return rounds; }
    public InventoryReport getReport() { return report; }
    public long getRoundId() { return roundId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getObjectId() { return objectId; }
    public void setObjectId(Long objectId) { this.objectId = objectId; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public LocalDate getRemindOn() { return remindOn; }
    public void setRemindOn(LocalDate remindOn) { this.remindOn = remindOn; }
}
