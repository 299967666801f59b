package se.digiportal.portfolio.domain.priority;

import java.util.List;
import java.util.Optional;

/** Criteria, budget years, assessments and scenarios of the yearly prioritization. */
public interface PriorityRepository {

    /** The criteria in their order. */
    List<Criterion> criteria();

    Criterion save(Criterion criterion);

    Optional<PriorityYear> year(int year);

    /** Every budget year that has been worked on, earliest first. */
    List<PriorityYear> years();

    PriorityYear save(PriorityYear year);

    List<Assessment> assessments(int year);

    Assessment save(Assessment assessment);

    /** The year's scenarios, newest first. */
    List<Scenario> scenarios(int year);

    Optional<Scenario> scenario(long id);

    Scenario save(Scenario scenario);
}
