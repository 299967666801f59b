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
import java.util.function.Supplier;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.portfolio.application.PrioritizationForm;
import se.digiportal.portfolio.application.Priorities;
import se.digiportal.portfolio.application.PriorityViews.CandidateView;
import se.digiportal.portfolio.application.PriorityViews.PrioritizationView;
import se.digiportal.portfolio.domain.priority.Direction;
import se.digiportal.portfolio.domain.priority.Forcing;
import se.digiportal.web.faces.FacesMessages;

/**
 * The yearly prioritization: budget, criteria weights, every candidate's cost, scores and force-in/out, the
 * suggestion that fits the budget and the value-vs-cost frontier; the suggestion is saved as a scenario.
 */
@Named
@ViewScoped
public class PrioritiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Priorities priorities;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Clock clock;

    private int year;
    private PrioritizationView view;
    private PrioritizationForm form;
    private String scenarioName;
    private String criterionName;
    private Direction criterionDirection = Direction.HIGHER_IS_BETTER;
    private Integer criterionWeight;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        year = param != null && param.matches("\\d{4}") ? Integer.parseInt(param) : Year.now(clock).getValue() + 1;
        show();
    }

    public void show() {
        view = priorities.workspace(year);
        form = priorities.form(year);
    }

    public void save() {
        run(() -> priorities.save(year, form), "prioritiesForm", "priorities.saved");
    }

    public void saveScenario() {
        try {
            priorities.saveScenario(year, scenarioName);
            scenarioName = null;
            messages.info("priorities.scenarioSaved");
            view = priorities.workspace(year);
        } catch (InvalidInputException e) {
            if ("name".equals(e.errors().get(0).field())) {
                messages.fieldErrors("scenarioForm", e);
            } else {
                e.errors().forEach(err -> messages.error(err.messageKey()));
                FacesContext.getCurrentInstance().validationFailed();
            }
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void addCriterion() {
        try {
            priorities.addCriterion(criterionName, criterionDirection, criterionWeight);
            criterionName = null;
            criterionWeight = null;
            messages.info("priorities.criterionAdded");
            show();
        } catch (InvalidInputException e) {
            messages.fieldErrors("criterionForm", e);
        }
    }

    private void run(Supplier<PrioritizationView> action, String formId, String doneKey) {
        try {
            view = action.get();
            form = priorities.form(year);
            messages.info(doneKey);
        } catch (InvalidInputException e) {
            messages.fieldErrors(formId, e);
        } catch (ConflictException e) {
            messages.conflict(e);
            show();
        }
    }

    /** The frontier as a stepped line, with the suggestion and the budget as points of their own. */
    public String getFrontierChart() {
        var frontier = view.frontier().stream()
                .map(p -> new ChartJson.Point(p.cost(), p.value(), 0, null)).toList();
        return ChartJson.points(List.of(
                new ChartJson.Series(messages.text("priorities.chart.frontier"), "line", frontier, true),
                new ChartJson.Series(messages.text("priorities.chart.suggestion"), "scatter",
                        List.of(new ChartJson.Point(view.selectedCost(), view.selectedValue(), 0, null)), false)),
                messages.text("priorities.chart.cost"), messages.text("priorities.chart.value"));
    }

    public CandidateView candidate(String caseNumber) {
        return view.candidates().stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst().orElse(null);
    }

    /** Last year to the year after next, and the year shown when a link opened another one. */
    public List<Integer> getYears() {
        int now = Year.now(clock).getValue();
        return java.util.stream.Stream.of(now - 1, now, now + 1, now + 2, year).distinct().sorted().toList();
    }

    public List<Integer> getScores() { return List.of(1, 2, 3, 4, 5); }
    public Forcing[] getForcings() { return Forcing.values(); }
    public Direction[] getDirections() { return Direction.values(); }
    public boolean isEditable() { return view != null && !view.frozen(); }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public PrioritizationView getView() { return view; }
    public PrioritizationForm getForm() { return form; }
    public String getScenarioName() { return scenarioName; }
    public void setScenarioName(String scenarioName) { this.scenarioName = scenarioName; }
    public String getCriterionName() { return criterionName; }
    public void setCriterionName(String criterionName) { this.criterionName = criterionName; }
    public Direction getCriterionDirection() { return criterionDirection; }
    public void setCriterionDirection(Direction criterionDirection) { this.criterionDirection = criterionDirection; }
    public Integer getCriterionWeight() { return criterionWeight; }
    public void setCriterionWeight(Integer criterionWeight) { this.criterionWeight = criterionWeight; }
}
