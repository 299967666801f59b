package se.digiportal.council.domain;

import java.util.Optional;

public interface MinutesRepository {

    Optional<Minutes> findByMeeting(long meetingId);

    Minutes save(Minutes minutes);
}
