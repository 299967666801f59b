package se.digiportal.council.domain;

import java.util.Optional;

public interface MinutesRepository {

    Optional<Minutes> findByMeeting(long meetingId);

    Optional<Minutes> findById(long id);

    Minutes save(Minutes minutes);
}
