package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.portfolio.application.Synergies;
import se.digiportal.portfolio.application.Synergies.OverlapView;

/** Portfolio items and open cases that overlap, strongest first, for the project office to merge or coordinate. */
@Named
@ViewScoped
public class SynergiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Synergies synergies;

    private List<OverlapView> overlaps;

    @PostConstruct
    void load() {
        overlaps = synergies.overlaps();
    }

    public List<OverlapView> getOverlaps() {
        return overlaps;
    }
}
