package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.objects.application.ManagedObjects;
import se.digiportal.objects.application.Views.ObjectDetailView;

/** One förvaltningsobjekt: its people, its systems, what is missing and its objektplaner. */
@Named
@ViewScoped
public class ObjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManagedObjects objects;

    @Inject
    transient Clock clock;

    private ObjectDetailView detail;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            detail = id == null ? null : objects.object(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            detail = null;
        }
    }

    public ObjectDetailView getDetail() { return detail; }

    /** The year a new objektplan is usually written for: the coming one. */
    public int getNextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }
}
