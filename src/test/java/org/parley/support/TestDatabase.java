package org.parley.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for an in-process IT, on the engine of the run ({@link ServerDatabase}):
 * an in-memory H2 database, or, with {@code -Dparley.db=postgresql}, a schema of its own in the
 * run's PostgreSQL database, reached as the schema's owner and dropped when closed. So the SQL,
 * locking and migrations these ITs check run on both engines. A lock is waited for up to 10 s on
 * both, as on the server.
 */
public final class TestDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final String url;
  private final String user;
  private final String password;

  /** The PostgreSQL schema to drop when closed; {@code null} on H2. */
  private final String schema;

  private TestDatabase(
      DataSource dataSource, String url, String user, String password, String schema) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** An empty database of its own. */
  public static TestDatabase fresh() {
    return ServerDatabase.isPostgreSql() ? postgreSql() : h2();
  }

  private static TestDatabase h2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("");
    return new TestDatabase(h2, url, "sa", "", null);
  }

  private static TestDatabase postgreSql() {
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection owner = ServerDatabase.asOwner();
        Statement sql = owner.createStatement()) {
      sql.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test schema " + schema, e);
    }
    String base = ServerDatabase.url();
    String url =
        base
            + (base.contains("?") ? "&" : "?")
            + "currentSchema="
            + schema
            + "&options=-c%20lock_timeout%3D10000";
    PGSimpleDataSource postgreSql = new PGSimpleDataSource();
    postgreSql.setURL(url);
    postgreSql.setUser(ServerDatabase.owner());
    postgreSql.setPassword(ServerDatabase.ownerPassword());
    return new TestDatabase(
        postgreSql, url, ServerDatabase.owner(), ServerDatabase.ownerPassword(), schema);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL, for Hibernate and for the operators' commands that take one. */
  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  public boolean isPostgreSql() {
    return schema != null;
  }

  @Override
  public void close() {
    if (schema == null) {
      return;
    }
    try (Connection owner = ServerDatabase.asOwner();
        Statement sql = owner.createStatement()) {
      sql.execute("drop schema " + schema + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the test schema " + schema, e);
    }
  }
}
