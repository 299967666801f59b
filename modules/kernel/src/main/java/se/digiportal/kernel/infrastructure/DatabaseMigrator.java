package se.digiportal.kernel.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.digiportal.kernel.application.ModuleSchema;
import se.digiportal.kernel.application.RuntimeMode;

/**
 * Brings the database up to date at deployment, before any request is served: each module's Flyway
 * migrations with a history table of its own, then, in development mode only, each module's demo data.
 * Flyway's database lock keeps two servers starting together from migrating twice.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DataSources.PORTAL)
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> schemas;

    @Inject
    RuntimeMode mode;

    @PostConstruct
    void migrate() {
        List<ModuleSchema> ordered = schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
        for (ModuleSchema schema : ordered) {
            run(schema.name(), "db/migration/", "flyway_history_");
        }
        if (mode.isDevelopment()) {
            for (ModuleSchema schema : ordered) {
                run(schema.name(), "db/demo/", "flyway_demo_");
            }
        }
    }

    private void run(String module, String folder, String historyPrefix) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + folder + module)
                .table(historyPrefix + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Applied " + result.migrationsExecuted + " migration(s) from " + folder + module);
        }
    }
}
