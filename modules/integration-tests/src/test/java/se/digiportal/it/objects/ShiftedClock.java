package se.digiportal.it.objects;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test helper: replaces the kernel's clock in the deployment it is added to with one that can be moved forward,
 * so a reminder that is due in ten days can be tested now. Only the inventory test deploys it.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class ShiftedClock {

    private static volatile Duration shift = Duration.ZERO;

    public static void shiftBy(Duration amount) {
        shift = amount;
    }

    @Produces
    public Clock clock() {
        return new Shifted();
    }

    /** Reads the shift on every call, so beans that injected it earlier move along. */
    private static final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
