package se.digiportal.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.InitiativeSummary;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/** "Mina ärenden": the signed-in user's drafts (to resume or delete) and cases. */
@Named
@ViewScoped
public class MyInitiatives implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService initiatives;

    @Inject
    transient FacesMessages messages;

    private List<InitiativeSummary> cases;

    @PostConstruct
    void load() {
        cases = initiatives.mine();
    }

    public void delete(InitiativeSummary draft) {
        try {
            initiatives.deleteDraft(draft.id());
            messages.info("intake.draft.deleted");
        } catch (NotFoundException e) {
            messages.error("intake.draft.notFound");
        }
        load();
    }

    public List<InitiativeSummary> getCases() {
        return cases;
    }
}
