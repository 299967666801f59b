package se.digiportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.SettingsService;
import se.digiportal.kernel.application.Views.SettingView;
import se.digiportal.kernel.domain.SettingKey;
import se.digiportal.web.faces.FacesMessages;

/** The settings other modules read: criteria thresholds, reminder delays, contact details. */
@Named
@ViewScoped
public class SettingsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SettingsService settings;

    @Inject
    transient FacesMessages messages;

    private List<SettingView> all;
    private SettingKey editingKey;
    private String value;

    @PostConstruct
    void load() {
        all = settings.all();
    }

    public void edit(SettingView setting) {
        editingKey = setting.key();
        value = setting.value();
    }

    public void save() {
        try {
            settings.change(editingKey, value);
            messages.info("admin.saved");
            editingKey = null;
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("settingForm", e);
        }
    }

    public void cancel() {
        editingKey = null;
    }

    public List<SettingView> getAll() { return all; }
    public SettingKey getEditingKey() { return editingKey; }
    public boolean isEditing() { return editingKey != null; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
