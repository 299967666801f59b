package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.digiportal.kernel.domain.CaseNumberCounter;

/** One row per year; SELECT ... FOR UPDATE serialises concurrent allocations on that row. */
@ApplicationScoped
public class JpaCaseNumberCounter implements CaseNumberCounter {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public int increment(int year) {
        em.createNativeQuery("INSERT IGNORE INTO kernel_case_number_sequence (year, last_value) VALUES (?1, 0)")
                .setParameter(1, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM kernel_case_number_sequence WHERE year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("UPDATE kernel_case_number_sequence SET last_value = ?1 WHERE year = ?2")
                .setParameter(1, next).setParameter(2, year).executeUpdate();
        return next;
    }
}
