package se.digiportal.council.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.digiportal.council.application.Consultations;

/**
 * Closes snabbsamråd whose deadline has passed, every five minutes. Persistent, in the database timer store, so in a
 * cluster each run happens on one node; each consultation is locked while it closes, so overlapping runs close it
 * once.
 */
@Singleton
public class ConsultationTimer {

    private static final Logger LOG = Logger.getLogger(ConsultationTimer.class.getName());

    @Inject
    Consultations consultations;

    @Schedule(hour = "*", minute = "*/5", persistent = true, info = "council snabbsamråd closing")
    void closeDue() {
        int closed = consultations.closeDue();
        if (closed > 0) {
            LOG.info(() -> "Snabbsamråd closed at their deadline: " + closed);
        }
    }
}
