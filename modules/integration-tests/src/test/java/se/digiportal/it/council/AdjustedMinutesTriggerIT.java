package se.digiportal.it.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.PortalDeployment;

/**
 * The database's own guard of the public record: whatever code runs, adjusted minutes, the agenda of their meeting
 * and adjusted corrections refuse UPDATE and DELETE, while a draft still changes.
 */
@ExtendWith(ArquillianExtension.class)
class AdjustedMinutesTriggerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(AdjustedMinutesTriggerIT.class);
    }

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/DigiportalDS")
    DataSource database;

    @Test
    void adjustedRowsRefuseUpdateAndDeleteButADraftChanges() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            long meeting = insert(s, "INSERT INTO council_meeting (starts_at, location, status) "
                    + "VALUES ('2031-03-06 12:00:00', 'Stadshuset, triggertest', 'HELD')");
            long referral = insert(s, "INSERT INTO council_referral (case_number, title, org_unit_id, underlag_id, kind, "
                    + "referred_by, referred_at, status) VALUES ('DIGI-2031-0001', 'Triggertest', 1, 0, 'DECISION', "
                    + "'berit', '2031-02-01 09:00:00', 'DECIDED')");
            long item = insert(s, "INSERT INTO council_agenda_item (meeting_id, referral_id, position, outcome, "
                    + "decision_motivation, decided_by, decided_at) VALUES (" + meeting + ", " + referral + ", 1, "
                    + "'APPROVED', 'Bra.', 'rolf', '2031-03-06 12:30:00')");
            long minutes = insert(s, "INSERT INTO council_minutes (meeting_id, present, body, adjuster, status, drafted_by, "
                    + "drafted_at) VALUES (" + meeting + ", 'Maria Berg', '§ 1 Beviljat.', 'maria', 'DRAFT', 'rolf', "
                    + "'2031-03-07 09:00:00')");

            assertThat(s.executeUpdate("UPDATE council_minutes SET body = '§ 1 Beviljat som pilot.' WHERE id = " + minutes))
                    .as("a draft changes").isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE council_minutes SET status = 'ADJUSTED', adjusted_at = "
                    + "'2031-03-08 09:00:00' WHERE id = " + minutes)).as("and is adjusted").isEqualTo(1);

            for (String sql : new String[] {
                    "UPDATE council_minutes SET body = 'Ändrat i efterhand' WHERE id = " + minutes,
                    "UPDATE council_minutes SET status = 'DRAFT' WHERE id = " + minutes,
                    "DELETE FROM council_minutes WHERE id = " + minutes,
                    "UPDATE council_agenda_item SET outcome = 'REJECTED' WHERE id = " + item,
                    "DELETE FROM council_agenda_item WHERE id = " + item}) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("immutable");
            }

            long correction = insert(s, "INSERT INTO council_minutes_correction (minutes_id, body, adjuster, status, "
                    + "drafted_by, drafted_at, adjusted_at) VALUES (" + minutes + ", 'I § 1: som pilot.', 'sven', "
                    + "'ADJUSTED', 'rolf', '2031-03-09 09:00:00', '2031-03-10 09:00:00')");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE council_minutes_correction SET body = 'x' WHERE id = "
                    + correction)).isInstanceOf(SQLException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM council_minutes_correction WHERE id = " + correction))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");

            try (var rows = s.executeQuery("SELECT body, status FROM council_minutes WHERE id = " + minutes)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("§ 1 Beviljat som pilot.");
                assertThat(rows.getString(2)).isEqualTo("ADJUSTED");
            }
        }
    }

    private static long insert(Statement s, String sql) throws SQLException {
        s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
        try (var keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
