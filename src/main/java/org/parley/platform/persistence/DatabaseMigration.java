package org.parley.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;

/**
 * Brings the database schema up to date when Parley is deployed, before it serves a request: Flyway
 * owns the schema (docs/adr/0004), Hibernate only validates against it.
 *
 * <p>With {@code -Dparley.demo=true} the demo data under {@code db/dev} is applied too, tracked in
 * a history table of its own so that demo scripts never mix with the schema's versions.
 *
 * <p>Where the schema's owner has a datasource of its own ({@value #MIGRATION_DATASOURCE}, on
 * PostgreSQL), the migrations run as the owner, who then grants the application's role what it may
 * do: rows of every table, but audit events only added and read (docs/adr/0014).
 */
@ApplicationScoped
public class DatabaseMigration {

  static final String DEMO_PROPERTY = "parley.demo";
  static final String MIGRATION_DATASOURCE = "java:jboss/datasources/ParleyMigrationDS";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  void migrate(@Observes Startup startup) {
    DataSource owner = migrationDataSource().orElse(dataSource);
    LOG.info(() -> "Parley database: " + describe(owner));
    int schema = schema(owner).migrate().migrationsExecuted;
    LOG.info(() -> "Schema migrations applied: " + schema);
    if (Boolean.getBoolean(DEMO_PROPERTY)) {
      int demo = demoData(owner).migrate().migrationsExecuted;
      LOG.info(() -> "Demo data migrations applied: " + demo);
    }
    grantToApplication(owner);
  }

  private static Optional<DataSource> migrationDataSource() {
    try {
      return Optional.of((DataSource) new InitialContext().lookup(MIGRATION_DATASOURCE));
    } catch (NameNotFoundException absent) {
      return Optional.empty();
    } catch (NamingException e) {
      throw new IllegalStateException("Could not look up " + MIGRATION_DATASOURCE, e);
    }
  }

  /**
   * On PostgreSQL, grants the application's role its privileges as the schema's owner. Without an
   * owner's datasource, warns if the application's role owns the audit trail itself, since no grant
   * can then protect it.
   */
  private void grantToApplication(DataSource owner) {
    try (Connection ownerConnection = owner.getConnection()) {
      if (!"PostgreSQL".equals(ownerConnection.getMetaData().getDatabaseProductName())) {
        return;
      }
      if (owner == dataSource) {
        if (ownsAuditTrail(ownerConnection)) {
          LOG.warning(
              "Parley connects to PostgreSQL as the owner of its schema: audit events are not"
                  + " protected against UPDATE and DELETE. Give the owner a datasource of its own"
                  + " (deploy/wildfly/postgresql/10-datasource.cli, docs/adr/0014).");
        }
        return;
      }
      String role;
      try (Connection application = dataSource.getConnection()) {
        role = application.getMetaData().getUserName();
      }
      SchemaGrants.grant(ownerConnection, role);
      LOG.info(() -> "Granted role " + role + " its rows; audit events are append-only for it.");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not grant the application's role its privileges", e);
    }
  }

  private static boolean ownsAuditTrail(Connection connection) throws SQLException {
    try (var statement =
            connection.prepareStatement(
                "select 1 from pg_tables where schemaname = current_schema()"
                    + " and tablename = 'audit_event' and tableowner = current_user");
        var rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  /** The schema's migrations ({@code db/migration}). */
  public static Flyway schema(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
  }

  /**
   * The demo data's migrations ({@code db/dev}), applied after the schema's and tracked in a
   * history table of their own. DemoDataIT applies exactly these. The Flyway callbacks the features
   * register as services ({@code META-INF/services/org.flywaydb.core.api.callback.Callback}) run
   * with them: the audit feature's links the audit events a script inserts into the audit chain in
   * the script's transaction (docs/adr/0009). The platform names no feature (docs/adr/0021).
   */
  public static Flyway demoData(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/dev")
        .table("flyway_demo_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .callbacks(featureCallbacks())
        .load();
  }

  private static Callback[] featureCallbacks() {
    return ServiceLoader.load(Callback.class, DatabaseMigration.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toArray(Callback[]::new);
  }

  private static String describe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      return "unreachable (" + e.getMessage() + ")";
    }
  }
}
