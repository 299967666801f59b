package se.digiportal.web.objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.objects.application.ManagedObjects;
import se.digiportal.objects.application.Views.ManagedObjectView;

/** The förvaltningsobjekt with what each still lacks under Nackamodellen. */
@Named
@ViewScoped
public class ObjectList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManagedObjects objects;

    private List<ManagedObjectView> all;

    @PostConstruct
    void load() {
        all = objects.all();
    }

    public List<ManagedObjectView> getAll() {
        return all;
    }
}
