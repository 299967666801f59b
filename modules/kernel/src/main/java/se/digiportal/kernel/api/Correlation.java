package se.digiportal.kernel.api;

import java.util.UUID;

/**
 * The correlation id of the current request: set by the web layer for each request, written to the audit
 * trail, the log and every error page or problem body, so a user's report can be found in the log.
 */
public final class Correlation {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {
    }

    public static String begin(String incoming) {
        String id = incoming != null && incoming.matches("[A-Za-z0-9-]{8,64}") ? incoming : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    public static String current() {
        return CURRENT.get();
    }

    public static void end() {
        CURRENT.remove();
    }
}
