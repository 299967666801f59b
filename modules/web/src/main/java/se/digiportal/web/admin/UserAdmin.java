package se.digiportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.UserAdministration;
import se.digiportal.kernel.application.UserForm;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.UserView;
import se.digiportal.web.faces.FacesMessages;

/** Administration of users: profile, home org unit, roles, active, password. */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration administration;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    private List<UserView> users;
    private List<OrgUnitView> orgUnits;
    private UserForm form;
    private Long editingId;

    @PostConstruct
    void load() {
        users = administration.users();
        orgUnits = organisation.orgUnits().stream().filter(OrgUnitView::active).toList();
    }

    public void startNew() {
        form = new UserForm();
        editingId = null;
    }

    public void edit(UserView user) {
        form = UserForm.of(user);
        editingId = user.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.create(form);
            } else {
                administration.update(editingId, form);
            }
            messages.info("admin.saved");
            form = null;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("userForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void cancel() {
        form = null;
    }

    public List<UserView> getUsers() { return users; }
    public List<OrgUnitView> getOrgUnits() { return orgUnits; }
    public UserForm getForm() { return form; }
    public boolean isEditing() { return form != null; }
    public boolean isNew() { return editingId == null; }
    public Role[] getAllRoles() { return Role.values(); }
}
