package se.digiportal.beredning.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Suggests the routing of a case from what was submitted. The beredare decides; the advice only says which of
 * the seed's reasons for referral apply.
 */
public final class ReferralAdvisor {

    private final int sizeThresholdHours;

    public ReferralAdvisor(int sizeThresholdHours) {
        this.sizeThresholdHours = sizeThresholdHours;
    }

    public Set<ReferralReason> reasons(PreparationCase c) {
        Set<ReferralReason> reasons = EnumSet.noneOf(ReferralReason.class);
        if (c.estimatedTotalHours() != null && c.estimatedTotalHours() >= sizeThresholdHours) {
            reasons.add(ReferralReason.SIZE);
        }
        if (c.affectedOrgUnitCount() > 0) {
            reasons.add(ReferralReason.SEVERAL_VERKSAMHETER);
        }
        if (c.newIntegrations() || c.externalProcessing()) {
            reasons.add(ReferralReason.COMPLEXITY);
        }
        if (c.responsibleDirector() == null || c.responsibleDirector().isBlank()) {
            reasons.add(ReferralReason.UNCLEAR_OWNERSHIP);
        }
        if (c.procurement()) {
            reasons.add(ReferralReason.PROCUREMENT);
        }
        return reasons;
    }

    /** The routing the reasons point to: samråd for a procurement, the council for any other reason. */
    public Routing suggestion(PreparationCase c) {
        Set<ReferralReason> reasons = reasons(c);
        if (reasons.contains(ReferralReason.PROCUREMENT)) {
            return Routing.CONSULTATION;
        }
        return reasons.isEmpty() ? Routing.RECOMMENDATIONS_ONLY : Routing.REFER_TO_COUNCIL;
    }
}
