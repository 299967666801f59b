package se.digiportal.objects.domain;

/**
 * The caller holds no role in this object that allows the step: only the lead pair writes, only the owner
 * decides. A role check per object, which the container's role check per user cannot express.
 */
public class PlanAccessDenied extends RuntimeException {
    public PlanAccessDenied(String message) {
        super(message);
    }
}
