package se.digiportal.council.domain;

import se.digiportal.council.api.DecisionOutcome;

/** Why the case is with the council: for a decision, or for samråd on IT procurement held on a meeting. */
public enum ReferralKind {
    DECISION, CONSULTATION;

    /**
     * The outcome as the record words it: a samråd endorses or advises against a procurement (tillstyrker,
     * avstyrker) rather than granting it.
     */
    public String words(DecisionOutcome outcome) {
        if (this == CONSULTATION) {
            switch (outcome) {
                case APPROVED: return "Tillstyrkt";
                case REJECTED: return "Avstyrkt";
                default: break;
            }
        }
        return outcome.swedish();
    }
}
