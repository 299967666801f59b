package se.digiportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.ServiceAreaForm;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.web.faces.FacesMessages;

/** Administration of the tjänsteområden: names, description, order and whether they are in use. */
@Named
@ViewScoped
public class ServiceAreaAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    private List<ServiceAreaView> areas;
    private ServiceAreaForm form;
    private String editingCode;

    @PostConstruct
    void load() {
        areas = organisation.serviceAreas();
    }

    public void edit(ServiceAreaView area) {
        form = ServiceAreaForm.of(area);
        editingCode = area.code();
    }

    public void save() {
        try {
            organisation.updateServiceArea(editingCode, form);
            messages.info("admin.saved");
            form = null;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("serviceAreaForm", e);
        }
    }

    public void cancel() {
        form = null;
    }

    public List<ServiceAreaView> getAreas() { return areas; }
    public ServiceAreaForm getForm() { return form; }
    public String getEditingCode() { return editingCode; }
    public boolean isEditing() { return form != null; }
}
