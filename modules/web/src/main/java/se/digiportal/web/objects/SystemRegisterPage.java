package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.application.SystemRegister;
import se.digiportal.objects.application.Views.ImportError;
import se.digiportal.objects.application.Views.ImportResult;
import se.digiportal.objects.application.Views.OrgUnitOverview;
import se.digiportal.objects.application.Views.SystemView;
import se.digiportal.objects.domain.Criticality;
import se.digiportal.objects.domain.Lifecycle;
import se.digiportal.web.faces.FacesMessages;

/** The system register with its filters, the overview per förvaltning and, for administrators, the CSV import. */
@Named
@ViewScoped
public class SystemRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SystemRegister register;

    @Inject
    transient FacesMessages messages;

    private List<SystemView> systems;
    private List<OrgUnitOverview> overview;
    private String orgUnit;
    private String lifecycle;
    private String criticality;
    private String personalData;
    private String csv;
    private List<SystemView> preview = List.of();
    private List<String> importErrors = List.of();

    @PostConstruct
    void load() {
        overview = register.overview();
        filter();
    }

    public void filter() {
        Boolean personal = personalData == null || personalData.isBlank() ? null : Boolean.valueOf(personalData);
        try {
            systems = register.systems(orgUnit, lifecycle, criticality, personal);
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            systems = List.of();
        }
    }

    public void previewImport() {
        ImportResult result = register.previewImport(csv);
        preview = result.systems();
        List<String> lines = new ArrayList<>();
        result.errors().forEach(e -> lines.add(describe(e)));
        importErrors = lines;
    }

    public void importNow() {
        try {
            register.importCsv(csv);
            messages.info("systems.import.done");
            csv = null;
            preview = List.of();
            importErrors = List.of();
            load();
        } catch (InvalidInputException e) {
            importErrors = e.errors().stream().map(err -> err.field() + " – " + messages.text(err.messageKey())).toList();
            preview = List.of();
            messages.error("systems.import.failed");
        }
    }

    private String describe(ImportError e) {
        return messages.text("systems.import.row") + " " + e.row() + ": " + e.column() + " – " + messages.text(e.messageKey());
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    public List<SystemView> getSystems() { return systems; }
    public List<OrgUnitOverview> getOverview() { return overview; }
    public Lifecycle[] getLifecycles() { return Lifecycle.values(); }
    public Criticality[] getCriticalities() { return Criticality.values(); }
    public String getOrgUnit() { return orgUnit; }
    public void setOrgUnit(String orgUnit) { this.orgUnit = orgUnit; }
    public String getLifecycle() { return lifecycle; }
    public void setLifecycle(String lifecycle) { this.lifecycle = lifecycle; }
    public String getCriticality() { return criticality; }
    public void setCriticality(String criticality) { this.criticality = criticality; }
    public String getPersonalData() { return personalData; }
    public void setPersonalData(String personalData) { this.personalData = personalData; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
    public List<SystemView> getPreview() { return preview; }
    public List<String> getImportErrors() { return importErrors; }
}
