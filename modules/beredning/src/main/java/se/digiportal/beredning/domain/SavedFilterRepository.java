package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** Saved queue filters, each visible to its owner only. */
public interface SavedFilterRepository {

    List<SavedFilter> findByOwner(String owner);

    Optional<SavedFilter> find(String owner, long id);

    Optional<SavedFilter> findByName(String owner, String name);

    SavedFilter save(SavedFilter filter);

    void delete(SavedFilter filter);

    /** Writes pending changes now, so a replaced filter's name is free before its successor is saved. */
    void flush();
}
