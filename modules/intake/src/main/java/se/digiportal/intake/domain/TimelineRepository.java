package se.digiportal.intake.domain;

import java.util.List;

public interface TimelineRepository {

    /** Oldest first: a timeline reads from the top. */
    List<TimelineEntry> findByInitiative(long initiativeId);

    void append(TimelineEntry entry);
}
