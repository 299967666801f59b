package se.digiportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.Views.AuditEntryView;
import se.digiportal.kernel.domain.AuditEntryRepository.AuditQuery;

/** The audit trail, read-only, newest first, filtered by entity type, entity id and actor. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail audit;

    private String entityType;
    private String entityId;
    private String actor;

    private final LazyDataModel<AuditEntryView> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.search(query(), 0, 1).total();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            var page = audit.search(query(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }
    };

    private AuditQuery query() {
        return new AuditQuery(entityType, entityId, actor);
    }

    public LazyDataModel<AuditEntryView> getEntries() { return entries; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
}
