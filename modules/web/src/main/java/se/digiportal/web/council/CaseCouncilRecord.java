package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.council.application.PublicDecisionRecords;
import se.digiportal.council.application.Views.PublicDecisionView;
import se.digiportal.kernel.api.Role;

/** The council's decisions on the submitter's own case, on the receipt page, with the adjusted minutes' PDF. */
@Named
@ViewScoped
public class CaseCouncilRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicDecisionRecords records;

    private List<PublicDecisionView> decisions = List.of();

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Role.Names.SUBMITTER)) {
            decisions = records.forOwnCase(external.getRequestParameterMap().get("case"));
        }
    }

    public List<PublicDecisionView> getDecisions() { return decisions; }
}
