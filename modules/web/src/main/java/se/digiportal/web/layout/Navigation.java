package se.digiportal.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import se.digiportal.web.security.Area;

/** The main navigation: the areas the signed-in user's roles admit, and which one is open. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    public List<Area> getAreas() {
        return currentUser.profile()
                .map(p -> Arrays.stream(Area.values()).filter(a -> a.inNavigation() && a.admits(p.roles())).toList())
                .orElse(List.of());
    }

    /** Whether the signed-in user may open the page at {@code path}, so a link is offered only where it leads. */
    public boolean mayOpen(String path) {
        return currentUser.profile()
                .map(p -> Area.of(path).map(a -> a.admits(p.roles())).orElse(true))
                .orElse(false);
    }

    public boolean isCurrent(Area area) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.startsWith(area.pathPrefix());
    }
}
