package se.digiportal.council.domain;

import java.util.List;
import java.util.Optional;

public interface MinutesCorrectionRepository {

    /** The corrections of the minutes, oldest first. */
    List<MinutesCorrection> findByMinutes(long minutesId);

    Optional<MinutesCorrection> findById(long id);

    MinutesCorrection save(MinutesCorrection correction);
}
