package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.council.application.ConsultationViews.MemberView;
import se.digiportal.council.application.CouncilMembership;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.web.faces.FacesMessages;

/** The council's members with function and utskott seat; the secretary seats, changes and unseats. */
@Named
@ViewScoped
public class CouncilMembers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMembership membership;

    @Inject
    transient FacesMessages messages;

    private List<MemberView> members;
    private List<Person> candidates;
    private String username;
    private String function = "MEMBER";
    private boolean inUtskott;

    @PostConstruct
    void load() {
        members = membership.members();
        candidates = isSecretary() ? membership.candidates() : List.of();
    }

    public void seat() {
        try {
            membership.seat(username, function, inUtskott);
            messages.info("council.members.saved");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("seatForm", e);
        }
    }

    public void unseat(MemberView member) {
        try {
            membership.unseat(member.username());
            messages.info("council.members.removed");
        } catch (NotFoundException e) {
            messages.error("council.members.error.username");
        }
        load();
    }

    public boolean isSecretary() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COUNCIL_SECRETARY);
    }

    public List<MemberView> getMembers() { return members; }
    public List<Person> getCandidates() { return candidates; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFunction() { return function; }
    public void setFunction(String function) { this.function = function; }
    public boolean isInUtskott() { return inUtskott; }
    public void setInUtskott(boolean inUtskott) { this.inUtskott = inUtskott; }
}
