package se.digiportal.web.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language for this session: Swedish first, English on request. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isSwedish() {
        return "sv".equals(locale.getLanguage());
    }

    public String toggle() {
        locale = isSwedish() ? Locale.ENGLISH : SWEDISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
