package org.parley.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.support.ServerDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * On PostgreSQL the application's database role can add and read audit events but never change or
 * remove them: the grants the schema's owner gives it at deployment (docs/adr/0014). A stolen
 * application password cannot rewrite the trail; only the owner, whose password the application
 * does not hold at run time, could.
 */
@DatabaseSensitive("the grants of the application's role on PostgreSQL")
@EnabledIfSystemProperty(named = "parley.db", matches = "postgresql")
class AuditEventGrantsIT {

  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  @Test
  void theApplicationRoleReadsAuditEventsButCannotChangeOrRemoveThem() throws SQLException {
    try (Connection application = ServerDatabase.asApplication();
        Statement statement = application.createStatement()) {
      assertTrue(count(statement, "select count(*) from audit_event") > 0, "events readable");

      for (String tampering :
          new String[] {
            "update audit_event set actor = 'someone else'",
            "delete from audit_event",
            "truncate audit_event"
          }) {
        SQLException refused =
            assertThrows(SQLException.class, () -> statement.executeUpdate(tampering), tampering);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), tampering);
      }
    }
  }

  @Test
  void theApplicationRoleStillWritesTheWorkflowAndOwnsNothing() throws SQLException {
    try (Connection application = ServerDatabase.asApplication();
        Statement statement = application.createStatement()) {
      assertEquals(
          0, statement.executeUpdate("update proposal set title = title where id = -1"), "rows");
      assertEquals(
          0,
          count(
              statement,
              "select count(*) from pg_tables where schemaname = current_schema()"
                  + " and tableowner = current_user"),
          "tables owned by the application's role");
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> statement.execute("create table parley_intruder (id bigint)"),
              "create table");
      assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState());
    }
  }

  @Test
  void theOwnerIsAnotherRole() throws SQLException {
    try (Connection owner = ServerDatabase.asOwner();
        Connection application = ServerDatabase.asApplication()) {
      assertNotEquals(
          owner.getMetaData().getUserName(), application.getMetaData().getUserName(), "roles");
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
