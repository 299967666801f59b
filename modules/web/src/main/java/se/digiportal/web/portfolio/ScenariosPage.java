package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.portfolio.application.Priorities;
import se.digiportal.portfolio.application.PriorityViews.ComparisonView;
import se.digiportal.portfolio.application.PriorityViews.ScenarioView;
import se.digiportal.web.faces.FacesMessages;
import se.digiportal.web.layout.CurrentUser;

/**
 * A year's saved scenarios side by side, and the one frozen as the year's portfolio decision. The project office
 * compares and freezes; the council and the beredningsgrupp read the decision.
 */
@Named
@ViewScoped
public class ScenariosPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Priorities priorities;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private int year;
    private boolean projectOffice;
    private List<ScenarioView> scenarios = List.of();
    private ScenarioView decision;
    private Long left;
    private Long right;
    private ComparisonView comparison;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        year = param != null && param.matches("\\d{4}") ? Integer.parseInt(param) : Year.now(clock).getValue() + 1;
        projectOffice = currentUser.has(Role.PROJECT_OFFICE);
        show();
    }

    public void show() {
        comparison = null;
        decision = priorities.decision(year).orElse(null);
        scenarios = projectOffice ? priorities.scenarios(year) : List.of();
        if (scenarios.size() >= 2) {
            left = scenarios.get(1).id();
            right = scenarios.get(0).id();
        }
    }

    public void compare() {
        if (left == null || right == null) {
            messages.error("scenarios.error.pickTwo");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            comparison = priorities.compare(left, right);
        } catch (NotFoundException e) {
            messages.error("priorities.error.noScenario");
        }
    }

    public void freeze(long scenarioId) {
        try {
            priorities.freeze(scenarioId);
            messages.info("scenarios.frozenNow");
        } catch (ConflictException e) {
            messages.conflict(e);
        } catch (NotFoundException e) {
            messages.error("priorities.error.noScenario");
        }
        show();
    }

    /** Last year to the year after next, and the year shown when a link opened another one. */
    public List<Integer> getYears() {
        int now = Year.now(clock).getValue();
        return java.util.stream.Stream.of(now - 1, now, now + 1, now + 2, year).distinct().sorted().toList();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isProjectOffice() { return projectOffice; }
    public List<ScenarioView> getScenarios() { return scenarios; }
    public ScenarioView getDecision() { return decision; }
    public Long getLeft() { return left; }
    public void setLeft(Long left) { this.left = left; }
    public Long getRight() { return right; }
    public void setRight(Long right) { this.right = right; }
    public ComparisonView getComparison() { return comparison; }
}
