package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.portfolio.application.PortfolioItems;
import se.digiportal.portfolio.application.Views.ItemFilter;
import se.digiportal.portfolio.application.Views.PortfolioItemView;
import se.digiportal.portfolio.domain.Phase;
import se.digiportal.portfolio.domain.RagStatus;
import se.digiportal.web.faces.FacesMessages;

/** The digitaliseringsportfölj as a list, filtered by phase, status, tjänsteområde, verksamhet and year. */
@Named
@ViewScoped
public class PortfolioList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioItems portfolio;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    private List<PortfolioItemView> items;
    private List<OrgUnitView> orgUnits;
    private List<ServiceAreaView> serviceAreas;
    private String phase;
    private String status;
    private String serviceArea;
    private Long orgUnit;
    private String year;

    @PostConstruct
    void load() {
        orgUnits = organisation.orgUnits();
        serviceAreas = organisation.serviceAreas();
        search();
    }

    public void search() {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                messages.fieldErrors("filter", InvalidInputException.of("year", "portfolio.error.year"));
                return;
            }
        }
        try {
            items = portfolio.all(new ItemFilter(status, serviceArea, orgUnit, y, phase, null));
        } catch (InvalidInputException e) {
            messages.fieldErrors("filter", e);
        }
    }

    public List<PortfolioItemView> getItems() { return items; }
    public List<OrgUnitView> getOrgUnits() { return orgUnits; }
    public List<ServiceAreaView> getServiceAreas() { return serviceAreas; }
    public Phase[] getPhases() { return Phase.values(); }
    public RagStatus[] getStatuses() { return RagStatus.values(); }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getServiceArea() { return serviceArea; }
    public void setServiceArea(String serviceArea) { this.serviceArea = serviceArea; }
    public Long getOrgUnit() { return orgUnit; }
    public void setOrgUnit(Long orgUnit) { this.orgUnit = orgUnit; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
