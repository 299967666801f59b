package se.digiportal.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.domain.CaseNumberCounter;

/**
 * Allocates diarienummer, gapless per year: the counter row of the year stays locked for the caller's
 * transaction, so concurrent submits queue on it and a rolled-back submit gives its number back.
 */
@Stateless
public class CaseNumberService {

    /** Case numbers follow the Swedish calendar year. */
    static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Stockholm");

    @Inject
    CaseNumberCounter counter;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CaseNumber next() {
        int year = clock.instant().atZone(MUNICIPALITY_ZONE).getYear();
        int next = counter.increment(year);
        if (next > CaseNumber.MAX_SEQUENCE) {
            throw new IllegalStateException("case numbers for " + year + " are exhausted");
        }
        return new CaseNumber(year, next);
    }
}
