package se.digiportal.beredning.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.digiportal.beredning.application.FollowUp;
import se.digiportal.beredning.application.Views.FollowUpResult;

/**
 * Runs the completion follow-up every quarter of an hour. Persistent, in the database timer store
 * (config/wildfly/server.cli), so in a cluster each run happens on one node; and each request is locked and
 * records its steps, so even overlapping runs remind once.
 */
@Singleton
public class FollowUpTimer {

    private static final Logger LOG = Logger.getLogger(FollowUpTimer.class.getName());

    @Inject
    FollowUp followUp;

    @Schedule(hour = "*", minute = "*/15", persistent = true, info = "beredning completion follow-up")
    void followUp() {
        FollowUpResult result = followUp.run();
        if (result.reminded() + result.parked() > 0) {
            LOG.info(() -> "Completion follow-up: " + result.reminded() + " reminded, " + result.parked() + " parked");
        }
    }
}
