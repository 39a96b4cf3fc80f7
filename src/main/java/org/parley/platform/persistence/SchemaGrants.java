package org.parley.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the application's database role may do with the schema it does not own (docs/adr/0014): read
 * and write the rows of every table, except that audit events can only be added and read, never
 * changed or removed, and Flyway's history is read-only. Granted by the schema's owner after every
 * migration, so tables that new migrations add are covered at the same deployment.
 *
 * <p>Only PostgreSQL has separate roles here; on H2 the application owns its embedded database and
 * nothing is granted.
 */
final class SchemaGrants {

  /** The tables the application may read and append to, but never change or empty. */
  static final List<String> APPEND_ONLY = List.of("audit_event");

  /** Flyway's own history tables: the application reads them at most. */
  static final List<String> READ_ONLY = List.of("flyway_schema_history", "flyway_demo_history");

  private SchemaGrants() {}

  /**
   * The statements that give {@code role} its privileges in {@code schema} of a PostgreSQL
   * database; {@code existing} names the tables present, so that the read-only ones missing (the
   * demo history on production) are skipped.
   */
  static List<String> statements(String schema, String role, List<String> existing) {
    String grantee = quoted(role);
    String in = quoted(schema);
    List<String> statements = new ArrayList<>();
    statements.add("grant usage on schema " + in + " to " + grantee);
    statements.add(
        "grant select, insert, update, delete on all tables in schema " + in + " to " + grantee);
    statements.add("grant usage, select on all sequences in schema " + in + " to " + grantee);
    for (String table : APPEND_ONLY) {
      statements.add("revoke update, delete, truncate on " + in + "." + table + " from " + grantee);
    }
    for (String table : READ_ONLY) {
      if (existing.contains(table)) {
        statements.add(
            "revoke insert, update, delete, truncate on " + in + "." + table + " from " + grantee);
      }
    }
    return statements;
  }

  /** Grants {@code role} its privileges, over {@code owner}'s connection, in one transaction. */
  static void grant(Connection owner, String role) throws SQLException {
    List<String> existing = tables(owner);
    boolean autoCommit = owner.getAutoCommit();
    owner.setAutoCommit(false);
    try (Statement statement = owner.createStatement()) {
      for (String sql : statements(owner.getSchema(), role, existing)) {
        statement.execute(sql);
      }
      owner.commit();
    } catch (SQLException e) {
      owner.rollback();
      throw e;
    } finally {
      owner.setAutoCommit(autoCommit);
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var rows =
        connection
            .getMetaData()
            .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** {@code name} as a PostgreSQL identifier in double quotes. */
  static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
