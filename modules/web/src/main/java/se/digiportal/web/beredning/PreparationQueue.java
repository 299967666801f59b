package se.digiportal.web.beredning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.digiportal.beredning.application.PreparationCases;
import se.digiportal.beredning.application.Views.QueueFilter;
import se.digiportal.beredning.application.Views.QueuePage;
import se.digiportal.beredning.application.Views.QueueRow;
import se.digiportal.beredning.application.Views.SavedFilterView;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.OrgUnitKind;
import se.digiportal.web.faces.FacesMessages;

/** The beredning queue: filters above a lazy table, one-click self-assignment per row. */
@Named
@ViewScoped
public class PreparationQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PreparationCases cases;

    @Inject
    transient OrganisationService organisation;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient se.digiportal.web.layout.ServiceAreaNames serviceAreaNames;

    private List<String> statuses;
    private Long forvaltningId;
    private String serviceArea;
    private String criteriaMet;
    private String assignee;
    private Integer olderThanDays;
    private String text;
    private String filterName;
    private List<SavedFilterView> savedFilters;
    private List<OrgUnitView> forvaltningar;
    private List<Person> preparers;

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, null, true).total();
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            QueuePage page = page(first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.caseNumber();
        }
    };

    private QueuePage page(int first, int size, String sortField, boolean ascending) {
        QueueFilter f = current();
        try {
            return cases.queue(new QueueFilter(f.statuses(), f.forvaltningId(), f.serviceAreaCode(), f.criteriaMet(),
                    f.assignee(), f.olderThanDays(), f.text(), sortField, ascending, first, size));
        } catch (InvalidInputException e) {
            messages.fieldErrors("queueForm", e);
            return new QueuePage(List.of(), 0);
        }
    }

    public void assignToMe(String caseNumber) {
        try {
            cases.assignToMe(caseNumber);
            messages.info("beredning.assigned");
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public List<SavedFilterView> getSavedFilters() {
        if (savedFilters == null) {
            savedFilters = cases.savedFilters();
        }
        return savedFilters;
    }

    public void saveFilter() {
        try {
            cases.saveFilter(filterName, current());
            savedFilters = null;
            filterName = null;
            messages.info("beredning.filters.savedMessage");
        } catch (InvalidInputException e) {
            messages.fieldErrors("queueForm", e);
        }
    }

    public void applyFilter(SavedFilterView saved) {
        QueueFilter f = saved.filter();
        statuses = new ArrayList<>(f.statuses());
        forvaltningId = f.forvaltningId();
        serviceArea = f.serviceAreaCode();
        criteriaMet = f.criteriaMet() == null ? null : f.criteriaMet().toString();
        assignee = f.assignee() == null ? null : f.assignee().isEmpty() ? "-" : f.assignee();
        olderThanDays = f.olderThanDays();
        text = f.text();
    }

    public void deleteFilter(long id) {
        cases.deleteFilter(id);
        savedFilters = null;
    }

    @jakarta.annotation.PostConstruct
    void openStatusesByDefault() {
        statuses = new ArrayList<>(cases.openStatuses());
    }

    private QueueFilter current() {
        Boolean met = criteriaMet == null || criteriaMet.isEmpty() ? null : Boolean.valueOf(criteriaMet);
        String who = assignee == null || assignee.isEmpty() ? null : "-".equals(assignee) ? "" : assignee;
        return new QueueFilter(new LinkedHashSet<>(statuses), forvaltningId, serviceArea, met, who, olderThanDays,
                text, null, true, 0, 25);
    }

    /** The filtered queue as a CSV download (a full-page request, not Ajax). */
    public void exportCsv() throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        List<QueueRow> export;
        try {
            export = cases.export(current());
        } catch (InvalidInputException e) {
            messages.fieldErrors("queueForm", e);
            return;
        }
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(QueueCsv.MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"beredningsko.csv\"");
        java.io.Writer out = new java.io.OutputStreamWriter(external.getResponseOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8);
        QueueCsv.write(export, faces.getViewRoot().getLocale(), this::forvaltningName, serviceAreaNames::name, out);
        out.flush();
        faces.responseComplete();
    }

    public void reset() {
        statuses = new ArrayList<>(cases.openStatuses());
        forvaltningId = null;
        serviceArea = null;
        criteriaMet = null;
        assignee = null;
        olderThanDays = null;
        text = null;
    }

    public List<String> getAllStatuses() {
        return cases.statuses();
    }

    public List<OrgUnitView> getForvaltningar() {
        if (forvaltningar == null) {
            forvaltningar = organisation.orgUnits().stream().filter(u -> u.kind() == OrgUnitKind.FORVALTNING).toList();
        }
        return forvaltningar;
    }

    public String forvaltningName(long id) {
        return getForvaltningar().stream().filter(u -> u.id() == id).map(OrgUnitView::name).findFirst()
                .orElse(String.valueOf(id));
    }

    public List<Person> getPreparers() {
        if (preparers == null) {
            preparers = cases.preparers();
        }
        return preparers;
    }

    public List<se.digiportal.kernel.application.Views.ServiceAreaView> getServiceAreas() {
        return organisation.serviceAreas();
    }

    public LazyDataModel<QueueRow> getRows() { return rows; }
    public String getFilterName() { return filterName; }
    public void setFilterName(String filterName) { this.filterName = filterName; }
    public List<String> getStatuses() { return statuses; }
    public void setStatuses(List<String> statuses) { this.statuses = statuses == null ? new ArrayList<>() : statuses; }
    public Long getForvaltningId() { return forvaltningId; }
    public void setForvaltningId(Long forvaltningId) { this.forvaltningId = forvaltningId; }
    public String getServiceArea() { return serviceArea; }
    public void setServiceArea(String serviceArea) { this.serviceArea = serviceArea; }
    public String getCriteriaMet() { return criteriaMet; }
    public void setCriteriaMet(String criteriaMet) { this.criteriaMet = criteriaMet; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public Integer getOlderThanDays() { return olderThanDays; }
    public void setOlderThanDays(Integer olderThanDays) { this.olderThanDays = olderThanDays; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
