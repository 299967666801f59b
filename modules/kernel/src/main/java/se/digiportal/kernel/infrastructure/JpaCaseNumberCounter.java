package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.digiportal.kernel.domain.CaseNumberCounter;

/**
 * One row per year. The upsert takes the row's exclusive lock at once (a plain INSERT IGNORE would take a
 * shared lock first and deadlock when two submits upgrade it together); the lock is held until commit, so
 * concurrent allocations queue on it.
 */
@ApplicationScoped
public class JpaCaseNumberCounter implements CaseNumberCounter {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public int increment(int year) {
        em.createNativeQuery("INSERT INTO kernel_case_number_sequence (year, last_value) VALUES (?1, 1) "
                        + "ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, year).executeUpdate();
        Number current = (Number) em.createNativeQuery(
                        "SELECT last_value FROM kernel_case_number_sequence WHERE year = ?1")
                .setParameter(1, year).getSingleResult();
        return current.intValue();
    }
}
