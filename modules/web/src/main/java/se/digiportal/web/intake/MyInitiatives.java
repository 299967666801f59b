package se.digiportal.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.InitiativeSummary;

/** "Mina ärenden": the signed-in user's drafts and submitted cases. */
@Named
@ViewScoped
public class MyInitiatives implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService initiatives;

    private List<InitiativeSummary> cases;

    @PostConstruct
    void load() {
        cases = initiatives.mine();
    }

    public List<InitiativeSummary> getCases() {
        return cases;
    }
}
