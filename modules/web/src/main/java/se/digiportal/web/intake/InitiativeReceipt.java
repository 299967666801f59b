package se.digiportal.web.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.TimelineView;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/** The receipt after submitting: the case number and what was sent, as the submitter may see it. */
@Named
@ViewScoped
public class InitiativeReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private InitiativeView initiative;
    private List<TimelineView> timeline = List.of();

    public void load() {
        try {
            initiative = intake.byCaseNumber(caseNumber);
            timeline = intake.timeline(caseNumber);
        } catch (NotFoundException e) {
            messages.error("intake.receipt.notFound");
        }
    }

    public InitiativeView getInitiative() { return initiative; }
    public List<TimelineView> getTimeline() { return timeline; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
}
