package se.digiportal.objects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;
import se.digiportal.objects.domain.ManagedObject;
import se.digiportal.objects.domain.ManagedObjectRepository;

/** Names for the ids the register stores, so views read as the users speak (förvaltning, object). */
@ApplicationScoped
public class RegisterNames {

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    ManagedObjectRepository objects;

    Map<Long, String> orgUnitNames() {
        return orgUnits.findAll().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    Map<Long, String> objectNames() {
        return objects.findAll().stream().collect(Collectors.toMap(ManagedObject::id, ManagedObject::name));
    }
}
