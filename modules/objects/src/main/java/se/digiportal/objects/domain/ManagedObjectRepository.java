package se.digiportal.objects.domain;

import java.util.List;
import java.util.Optional;

public interface ManagedObjectRepository {

    /** Every object, by name. */
    List<ManagedObject> findAll();

    Optional<ManagedObject> findById(long id);

    Optional<ManagedObject> findByName(String name);
}
