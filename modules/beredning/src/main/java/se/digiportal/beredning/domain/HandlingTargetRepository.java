package se.digiportal.beredning.domain;

import java.util.List;

/** The handling-time targets per status. */
public interface HandlingTargetRepository {

    List<HandlingTarget> findAll();

    HandlingTarget save(HandlingTarget target);

    void delete(HandlingTarget target);
}
