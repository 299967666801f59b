package se.digiportal.objects.domain;

import java.util.List;
import java.util.Optional;

public interface ItSystemRepository {

    /** Every system, by name. */
    List<ItSystem> findAll();

    List<ItSystem> findByObject(long managedObjectId);

    Optional<ItSystem> findByName(String name);

    void save(ItSystem system);
}
