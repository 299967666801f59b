package se.digiportal.web.beredning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.ReorderEvent;
import se.digiportal.beredning.application.Rankings;
import se.digiportal.beredning.application.Views.RankedCaseView;
import se.digiportal.beredning.application.Views.RankingView;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.web.faces.FacesMessages;

/**
 * Step 2 of the prioritization: a service area's ranked cases for a year. Rows are dragged into order, or moved
 * with the up/down buttons (the keyboard's way); freezing makes the list the area's proposal.
 */
@Named
@ViewScoped
public class RankingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Rankings rankings;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Clock clock;

    private List<ServiceAreaView> serviceAreas;
    private String serviceArea;
    private int year;
    private RankingView ranking;
    /** The table's rows; PrimeFaces reorders this list itself when a row is dropped. */
    private List<RankedCaseView> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        serviceAreas = organisation.serviceAreas().stream().filter(ServiceAreaView::active).toList();
        year = Year.now(clock).getValue() + 1;
        String area = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("area");
        serviceArea = area != null ? area : serviceAreas.isEmpty() ? null : serviceAreas.get(0).code();
        show();
    }

    public void show() {
        run(() -> rankings.ranking(serviceArea, year), null);
    }

    /** A dropped row: the order before the drop, moved the way the user dragged it. */
    public void onRowReorder(ReorderEvent event) {
        List<String> order = new ArrayList<>(ranking.cases().stream().map(RankedCaseView::caseNumber).toList());
        order.add(event.getToIndex(), order.remove(event.getFromIndex()));
        run(() -> rankings.reorder(serviceArea, year, order), "ranking.saved");
    }

    public void moveUp(RankedCaseView c) {
        run(() -> rankings.move(serviceArea, year, c.caseNumber(), true), "ranking.saved");
    }

    public void moveDown(RankedCaseView c) {
        run(() -> rankings.move(serviceArea, year, c.caseNumber(), false), "ranking.saved");
    }

    public void freeze() {
        run(() -> rankings.freeze(serviceArea, year), "ranking.frozenNow");
    }

    private void run(Supplier<RankingView> action, String doneKey) {
        try {
            ranking = action.get();
            if (doneKey != null) {
                messages.info(doneKey);
            }
        } catch (InvalidInputException e) {
            messages.fieldErrors("rankingForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
            ranking = rankings.ranking(serviceArea, year);
        }
        rows = ranking == null ? new ArrayList<>() : new ArrayList<>(ranking.cases());
    }

    public List<Integer> getYears() {
        int now = Year.now(clock).getValue();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public List<ServiceAreaView> getServiceAreas() { return serviceAreas; }
    public String getServiceArea() { return serviceArea; }
    public void setServiceArea(String serviceArea) { this.serviceArea = serviceArea; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public RankingView getRanking() { return ranking; }
    public List<RankedCaseView> getRows() { return rows; }
    public boolean isEditable() { return ranking != null && !ranking.frozen(); }
}
