package se.digiportal.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.digiportal.web.faces.FacesMessages;

/** Texts of the API's problem bodies: Swedish unless the caller asks for English. */
@ApplicationScoped
public class ApiMessages {

    public In in(Locale requested) {
        Locale locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("sv");
        return new In(ResourceBundle.getBundle(FacesMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public record In(ResourceBundle bundle) {
        public String get(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }

        /** A Bean Validation template such as "{validation.required}", in this language. */
        public String template(String template, String interpolated) {
            if (template != null && template.startsWith("{") && template.endsWith("}")) {
                String key = template.substring(1, template.length() - 1);
                return bundle.containsKey(key) ? bundle.getString(key) : interpolated;
            }
            return interpolated;
        }
    }
}
