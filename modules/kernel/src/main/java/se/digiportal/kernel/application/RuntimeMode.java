package se.digiportal.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this installation runs in development mode (demo data, Faces development stage) or production.
 * Set by {@code digiportal.mode} or the environment variable {@code DIGIPORTAL_MODE}; production unless said.
 */
@ApplicationScoped
public class RuntimeMode {

    @Inject
    @ConfigProperty(name = "digiportal.mode", defaultValue = "production")
    String mode;

    public boolean isDevelopment() {
        return "dev".equalsIgnoreCase(mode) || "development".equalsIgnoreCase(mode);
    }
}
