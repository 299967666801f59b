package se.digiportal.objects.domain;

/** The plan's state does not allow the step (e.g. an edit after approval). The message is a bundle key. */
public class PlanStateConflict extends RuntimeException {
    public PlanStateConflict(String messageKey) {
        super(messageKey);
    }
}
