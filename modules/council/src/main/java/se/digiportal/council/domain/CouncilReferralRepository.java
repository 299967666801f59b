package se.digiportal.council.domain;

import java.util.List;
import java.util.Optional;

public interface CouncilReferralRepository {

    CouncilReferral save(CouncilReferral referral);

    Optional<CouncilReferral> findById(long id);

    /** The "to be scheduled" list, oldest referral first. */
    List<CouncilReferral> findToBeScheduled();
}
