package se.digiportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * Puts messages where the user looks: a field error at its field (component id = field name inside the
 * form), anything else at the top of the page. Texts come from the kernel's bundle in the view's language.
 */
@Named
@RequestScoped
public class FacesMessages {

    public static final String BUNDLE = "se.digiportal.kernel.i18n.messages";

    public void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, key);
    }

    public void error(String key) {
        add(null, FacesMessage.SEVERITY_ERROR, key);
    }

    public void fieldErrors(String formId, InvalidInputException e) {
        e.errors().forEach(err -> add(formId + ":" + err.field(), FacesMessage.SEVERITY_ERROR, err.messageKey()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void conflict(ConflictException e) {
        error(e.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private void add(String clientId, FacesMessage.Severity severity, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
