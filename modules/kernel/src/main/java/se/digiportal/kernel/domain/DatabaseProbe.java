package se.digiportal.kernel.domain;

/** Asks the database whether it answers. */
public interface DatabaseProbe {
    boolean answers();
}
