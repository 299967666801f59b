package se.digiportal.intake.application;

/** Where attachment content lives: outside the web root, under keys the application generates. */
public interface AttachmentStore {

    void put(String key, byte[] content);

    /** Removes content whose database row was never committed. */
    void delete(String key);
}
