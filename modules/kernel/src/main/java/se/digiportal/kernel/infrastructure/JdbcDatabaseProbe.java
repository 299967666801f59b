package se.digiportal.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import se.digiportal.kernel.domain.DatabaseProbe;

@ApplicationScoped
public class JdbcDatabaseProbe implements DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSources.PORTAL)
    DataSource dataSource;

    @Override
    public boolean answers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
