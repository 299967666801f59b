package se.digiportal.portfolio.domain;

/** A pilot asked to be done (rolled out broadly) without an evaluation that decided to go ahead. */
public class PilotNotEvaluatedException extends IllegalStateException {

    private final transient PilotDecision decision;

    public PilotNotEvaluatedException(PilotDecision decision) {
        super(decision == null ? "a pilot is evaluated before it is done"
                : "the pilot's evaluation decided " + decision + "; it is stopped, not done");
        this.decision = decision;
    }

    /** The evaluation's decision (STOP), or null when the pilot was never evaluated. */
    public PilotDecision decision() {
        return decision;
    }
}
