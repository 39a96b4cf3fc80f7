package org.parley.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.parley.audit.infrastructure.LinkScriptedAuditEvents;

/**
 * Brings the database schema up to date when Parley is deployed, before it serves a request: Flyway
 * owns the schema (docs/adr/0004), Hibernate only validates against it.
 *
 * <p>With {@code -Dparley.demo=true} the demo data under {@code db/dev} is applied too, tracked in
 * a history table of its own so that demo scripts never mix with the schema's versions.
 */
@ApplicationScoped
public class DatabaseMigration {

  static final String DEMO_PROPERTY = "parley.demo";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  void migrate(@Observes Startup startup) {
    LOG.info(() -> "Parley database: " + describe(dataSource));
    int schema = schema(dataSource).migrate().migrationsExecuted;
    LOG.info(() -> "Schema migrations applied: " + schema);
    if (Boolean.getBoolean(DEMO_PROPERTY)) {
      int demo = demoData(dataSource).migrate().migrationsExecuted;
      LOG.info(() -> "Demo data migrations applied: " + demo);
    }
  }

  /** The schema's migrations ({@code db/migration}). */
  public static Flyway schema(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
  }

  /**
   * The demo data's migrations ({@code db/dev}), applied after the schema's and tracked in a
   * history table of their own. DemoDataIT applies exactly these. The audit events a script inserts
   * are linked into the audit chain in the script's transaction (docs/adr/0009).
   */
  public static Flyway demoData(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/dev")
        .table("flyway_demo_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .callbacks(new LinkScriptedAuditEvents())
        .load();
  }

  private static String describe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      return "unreachable (" + e.getMessage() + ")";
    }
  }
}
