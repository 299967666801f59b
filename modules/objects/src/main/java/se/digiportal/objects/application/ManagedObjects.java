package se.digiportal.objects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.digiportal.kernel.api.Role;
import se.digiportal.objects.application.Views.ManagedObjectView;
import se.digiportal.objects.domain.ManagedObject;
import se.digiportal.objects.domain.ManagedObjectRepository;

/** The förvaltningsobjekt and who holds their roles, for the people who run them and for administrators. */
@Stateless
@RolesAllowed({Role.Names.OBJECT_OWNER, Role.Names.OBJECT_LEAD, Role.Names.SYSTEM_SPECIALIST, Role.Names.ADMIN})
public class ManagedObjects {

    @Inject
    ManagedObjectRepository objects;

    public List<ManagedObjectView> all() {
        return objects.findAll().stream().map(ManagedObjects::view).toList();
    }

    private static ManagedObjectView view(ManagedObject o) {
        return new ManagedObjectView(o.id(), o.name(), o.description(), o.orgUnitId(), o.ownerUsername(),
                o.businessLeadUsername(), o.itLeadUsername(), o.missingRoles(), o.readyForPlan());
    }
}
