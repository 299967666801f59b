package se.digiportal.it.kernel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.application.CaseNumberService;

/** Test helper: each call its own transaction, as each submit would be. */
@Stateless
@PermitAll
public class InNewTransaction {

    @Inject
    CaseNumberService caseNumbers;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseNumber allocateCaseNumber() {
        return caseNumbers.next();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseNumber allocateCaseNumberAndRollBack() {
        CaseNumber number = caseNumbers.next();
        throw new IllegalStateException("rolled back after taking " + number);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }
}
