package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.digiportal.portfolio.application.PortfolioDashboard;
import se.digiportal.portfolio.application.PortfolioDashboard.Count;
import se.digiportal.portfolio.application.PortfolioDashboard.DashboardView;
import se.digiportal.web.faces.FacesMessages;
import se.digiportal.web.layout.ServiceAreaNames;

/** The portfolio's dashboard: Chart.js charts of the dashboard view, each with a table beside it for screen readers. */
@Named
@ViewScoped
public class PortfolioDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioDashboard dashboard;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient ServiceAreaNames serviceAreaNames;

    @Inject
    transient Clock clock;

    private DashboardView view;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        int year = param != null && param.matches("\\d{4}") ? Integer.parseInt(param) : Year.now(clock).getValue() + 1;
        view = dashboard.dashboard(year);
    }

    public String getPhaseChart() {
        return counts(view.byPhase(), code -> messages.text("phase." + code));
    }

    public String getServiceAreaChart() {
        return counts(view.byServiceArea(), serviceAreaNames::name);
    }

    public String getForvaltningChart() {
        return counts(view.byForvaltning(), UnaryOperator.identity());
    }

    public String getYearChart() {
        return counts(view.byYear(), UnaryOperator.identity());
    }

    /** Per year: the prioritization budget beside the items' planned investment and operation. */
    public String getBudgetChart() {
        var plans = view.budgetVsPlan();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(messages.text("dashboard.budget"), plans.stream().map(p -> p.budget()).toList());
        series.put(messages.text("dashboard.plannedInvestment"), plans.stream().map(p -> p.plannedInvestment()).toList());
        series.put(messages.text("dashboard.plannedOperation"), plans.stream().map(p -> p.plannedOperation()).toList());
        return ChartJson.bar(plans.stream().map(p -> String.valueOf(p.year())).toList(), series,
                messages.text("priorities.chart.cost"));
    }

    /** Value against cost, the bubble's size the risk score (unscored risk drawn smallest). */
    public String getBubbleChart() {
        var points = view.bubbles().stream()
                .map(b -> new ChartJson.Point(b.cost(), b.value(), 4 + 3 * b.risk(), b.caseNumber())).toList();
        return ChartJson.points(List.of(new ChartJson.Series(messages.text("dashboard.bubbles.series"), "bubble",
                points, false)), messages.text("priorities.chart.cost"), messages.text("priorities.chart.value"));
    }

    private String counts(List<Count> counts, UnaryOperator<String> label) {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(messages.text("dashboard.items"), counts.stream().map(Count::count).toList());
        return ChartJson.bar(counts.stream().map(c -> label.apply(c.label())).toList(), series,
                messages.text("dashboard.items"));
    }

    public DashboardView getView() {
        return view;
    }
}
