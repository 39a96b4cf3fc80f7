package org.parley.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the server under test runs on: {@code h2} (embedded, the default) or {@code
 * postgresql} ({@code -Dparley.db=postgresql}). On PostgreSQL, tests reach it as the server does,
 * through the same {@code PARLEY_DB_*} environment variables and defaults as {@code
 * deploy/wildfly/postgresql/10-datasource.cli}.
 */
public final class ServerDatabase {

  /** The value of {@code parley.db}: {@code h2} or {@code postgresql}. */
  public static final String KIND = System.getProperty("parley.db", "h2");

  private ServerDatabase() {}

  public static boolean isPostgreSql() {
    return "postgresql".equals(KIND);
  }

  /** A connection as the application's role, the one ParleyDS uses. */
  public static Connection asApplication() throws SQLException {
    return DriverManager.getConnection(
        url(), env("PARLEY_DB_USER", "parley_app"), env("PARLEY_DB_PASSWORD", null));
  }

  /** A connection as the schema's owner, the one Flyway migrates with. */
  public static Connection asOwner() throws SQLException {
    return DriverManager.getConnection(url(), owner(), ownerPassword());
  }

  /** The schema owner's role name. */
  static String owner() {
    return env("PARLEY_DB_OWNER", "parley_owner");
  }

  static String ownerPassword() {
    return env("PARLEY_DB_OWNER_PASSWORD", null);
  }

  /** The JDBC URL of the PostgreSQL database the server runs on. */
  static String url() {
    return env("PARLEY_DB_URL", "jdbc:postgresql://localhost:5432/parley");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value != null && !value.isBlank()) {
      return value;
    }
    if (fallback == null) {
      throw new IllegalStateException(name + " is not set (see deploy/README.md, PostgreSQL)");
    }
    return fallback;
  }
}
