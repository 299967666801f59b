package se.digiportal.kernel.domain;

/** The per-year counter behind case numbers. */
public interface CaseNumberCounter {

    /**
     * Increments the year's counter inside the caller's transaction, holding its lock until commit,
     * and returns the new value.
     */
    int increment(int year);
}
