package se.digiportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrgUnitForm;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.domain.OrgUnitKind;
import se.digiportal.web.faces.FacesMessages;

/** Administration of förvaltningar, verksamheter and enheter. */
@Named
@ViewScoped
public class OrgUnitAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    private List<OrgUnitView> units;
    private OrgUnitForm form;
    private Long editingId;

    @PostConstruct
    void load() {
        units = organisation.orgUnits();
    }

    public void startNew() {
        form = new OrgUnitForm();
        editingId = null;
    }

    public void edit(OrgUnitView unit) {
        form = new OrgUnitForm();
        form.setCode(unit.code());
        form.setName(unit.name());
        form.setKind(unit.kind());
        form.setParentId(unit.parentId());
        form.setActive(unit.active());
        form.setManager(unit.manager());
        editingId = unit.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                organisation.createOrgUnit(form);
            } else {
                organisation.updateOrgUnit(editingId, form);
            }
            messages.info("admin.saved");
            form = null;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("orgUnitForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void cancel() {
        form = null;
    }

    public List<OrgUnitView> getUnits() { return units; }
    public OrgUnitForm getForm() { return form; }
    public boolean isEditing() { return form != null; }
    public boolean isNew() { return editingId == null; }
    public OrgUnitKind[] getKinds() { return OrgUnitKind.values(); }

    /** Possible parents: units of a higher level than the one being edited, never itself. */
    public List<OrgUnitView> getParentCandidates() {
        if (form == null || form.getKind() == null) {
            return List.of();
        }
        return units.stream()
                .filter(u -> form.getKind().mayBeChildOf(u.kind()) && !Long.valueOf(u.id()).equals(editingId))
                .toList();
    }
}
