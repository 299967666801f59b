package se.digiportal.objects.domain;

import java.util.List;

public interface ManagedObjectRepository {

    /** Every object, by name. */
    List<ManagedObject> findAll();
}
