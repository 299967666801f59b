package se.digiportal.kernel.application;

/**
 * A module's database schema, contributed as a CDI bean by each module: its Flyway migrations live under
 * {@code db/migration/<name>}, its development demo data under {@code db/demo/<name>}. Lower order migrates first.
 */
public interface ModuleSchema {

    /** The module's name and table prefix, e.g. "intake". */
    String name();

    /** Migration order; the kernel is 0, business modules follow. */
    int order();
}
