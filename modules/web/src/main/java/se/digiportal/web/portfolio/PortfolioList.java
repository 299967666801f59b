package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.portfolio.application.PortfolioQueries;
import se.digiportal.portfolio.application.Views.PortfolioItemView;

/** The digitaliseringsportfölj as a list. */
@Named
@ViewScoped
public class PortfolioList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioQueries portfolio;

    private List<PortfolioItemView> items;

    @PostConstruct
    void load() {
        items = portfolio.items();
    }

    public List<PortfolioItemView> getItems() {
        return items;
    }
}
