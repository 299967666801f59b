package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import se.digiportal.council.application.ConsultationViews.ConsultationDetail;
import se.digiportal.council.application.Consultations;
import se.digiportal.council.domain.ConsultationStatus;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.web.faces.FacesMessages;

/**
 * One snabbsamråd: its case and underlag, who was asked and what they answered; a member asked answers (or changes
 * the answer) while it is open; the secretary opens a requested one with a deadline.
 */
@Named
@ViewScoped
public class ConsultationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Consultations consultations;

    @Inject
    transient FacesMessages messages;

    private long id;
    private ConsultationDetail consultation;
    private String answer;
    private String text;
    private Instant deadline;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = Long.parseLong(param == null ? "" : param);
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            consultation = null;
        }
    }

    private void reload() {
        consultation = consultations.consultation(id);
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        consultation.responses().stream().filter(r -> r.member().equals(me)).findFirst().ifPresent(r -> {
            answer = r.answer().name();
            text = r.text();
        });
    }

    public void respond() {
        try {
            consultations.respond(id, answer, text);
            messages.info("council.consultation.answered.ok");
            reload();
        } catch (InvalidInputException e) {
            messages.fieldErrors("respondForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    public void open() {
        try {
            consultations.open(id, deadline);
            messages.info("council.consultation.opened");
            reload();
        } catch (InvalidInputException e) {
            messages.fieldErrors("openForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    /** Whether the signed-in member is asked and the samråd takes answers. */
    public boolean isAnswering() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return consultation != null && consultation.consultation().status() == ConsultationStatus.OPEN
                && consultation.participants().contains(me);
    }

    public boolean isOpening() {
        return consultation != null && consultation.consultation().status() == ConsultationStatus.REQUESTED
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COUNCIL_SECRETARY);
    }

    public ConsultationDetail getConsultation() { return consultation; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Instant getDeadline() { return deadline; }
    public void setDeadline(Instant deadline) { this.deadline = deadline; }
}
