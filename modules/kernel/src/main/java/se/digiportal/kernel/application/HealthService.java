package se.digiportal.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.digiportal.kernel.domain.DatabaseProbe;

/** Whether the application can serve: today, whether the database answers. */
@Stateless
@PermitAll
public class HealthService {

    @Inject
    DatabaseProbe database;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseUp() {
        return database.answers();
    }
}
