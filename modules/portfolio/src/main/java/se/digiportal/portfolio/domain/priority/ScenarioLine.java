package se.digiportal.portfolio.domain.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One candidate in a {@link Scenario}; written once with the scenario and never updated. */
@Entity
@Table(name = "portfolio_scenario_line")
public class ScenarioLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scenario_id", nullable = false, updatable = false)
    private Scenario scenario;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "case_number", nullable = false, updatable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "service_area_code", length = 32, updatable = false)
    private String serviceAreaCode;

    @Column(name = "cost_tkr", nullable = false, updatable = false)
    private long cost;

    @Column(nullable = false, updatable = false)
    private long value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Forcing forcing;

    @Column(nullable = false, updatable = false)
    private boolean selected;

    protected ScenarioLine() {
    }

    ScenarioLine(Scenario scenario, int position, Scenario.Line line) {
        this.scenario = scenario;
        this.position = position;
        this.caseNumber = line.caseNumber();
        this.title = line.title();
        this.serviceAreaCode = line.serviceAreaCode();
        this.cost = line.cost();
        this.value = line.value();
        this.forcing = line.forcing();
        this.selected = line.selected();
    }

    Scenario.Line line() {
        return new Scenario.Line(caseNumber, title, serviceAreaCode, cost, value, forcing, selected);
    }
}
