package se.digiportal.council.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ConsultationRepository {

    Consultation save(Consultation consultation);

    Optional<Consultation> findById(long id);

    /** The same, locked for update, so an answer and the closing timer cannot both close it. */
    Optional<Consultation> lock(long id);

    /** The latest 500 consultations, newest first. */
    List<Consultation> findAll();

    /** The ids of open consultations whose deadline is not after {@code now}. */
    List<Long> findDue(Instant now);

    /**
     * Closed after the last meeting (not cancelled) before {@code meetingStartsAt} and before that meeting began,
     * oldest first: what that meeting's minutes report (anmälningar).
     */
    List<Consultation> findToReportAt(Instant meetingStartsAt);
}
