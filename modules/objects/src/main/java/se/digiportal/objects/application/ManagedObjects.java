package se.digiportal.objects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.application.Views.ManagedObjectView;
import se.digiportal.objects.application.Views.ObjectDetailView;
import se.digiportal.objects.application.Views.PlanSummary;
import se.digiportal.objects.domain.ItSystem;
import se.digiportal.objects.domain.ItSystemRepository;
import se.digiportal.objects.domain.ManagedObject;
import se.digiportal.objects.domain.ManagedObjectRepository;
import se.digiportal.objects.domain.ObjectPlanRepository;
import se.digiportal.objects.domain.PlanReadiness;

/** The förvaltningsobjekt and who holds their roles, for the people who run them and for administrators. */
@Stateless
@RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
public class ManagedObjects {

    @Inject
    ManagedObjectRepository objects;

    @Inject
    ItSystemRepository systems;

    @Inject
    ObjectPlanRepository plans;

    @Inject
    RegisterNames names;

    public List<ManagedObjectView> all() {
        Map<Long, List<ItSystem>> byObject = systems.findAll().stream().filter(s -> s.managedObjectId() != null)
                .collect(Collectors.groupingBy(ItSystem::managedObjectId));
        return objects.findAll().stream().map(o -> view(o, byObject.getOrDefault(o.id(), List.of()))).toList();
    }

    public ObjectDetailView object(long id) {
        ManagedObject object = objects.findById(id).orElseThrow(() -> new NotFoundException("object " + id));
        List<ItSystem> ofObject = systems.findByObject(id);
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, String> objectNames = Map.of(object.id(), object.name());
        return new ObjectDetailView(view(object, ofObject), units.get(object.orgUnitId()),
                ofObject.stream().map(s -> SystemRegister.view(s, units, objectNames)).toList(),
                plans.findByObject(id).stream().map(p -> new PlanSummary(p.year(), p.status())).toList());
    }

    static ManagedObjectView view(ManagedObject o, List<ItSystem> systemsOfObject) {
        return new ManagedObjectView(o.id(), o.name(), o.description(), o.orgUnitId(), o.ownerUsername(),
                o.businessLeadUsername(), o.itLeadUsername(), o.missingRoles(), o.readyForPlan(),
                systemsOfObject.size(), PlanReadiness.gaps(o, systemsOfObject));
    }
}
