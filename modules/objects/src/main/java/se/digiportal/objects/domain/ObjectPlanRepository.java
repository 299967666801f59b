package se.digiportal.objects.domain;

import java.util.List;
import java.util.Optional;

public interface ObjectPlanRepository {

    Optional<ObjectPlan> find(long managedObjectId, int year);

    /** The object's plans, newest year first. */
    List<ObjectPlan> findByObject(long managedObjectId);

    void save(ObjectPlan plan);
}
