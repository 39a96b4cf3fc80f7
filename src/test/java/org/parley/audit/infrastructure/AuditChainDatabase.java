package org.parley.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.parley.audit.domain.AuditAction;
import org.parley.audit.domain.AuditEvent;
import org.parley.audit.domain.AuditRepository;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainVerdict;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;

/**
 * A database of its own ({@link TestDatabase}: H2, or PostgreSQL with {@code -Dparley.db}) migrated
 * by Parley's own migrations (schema, then demo data, whose audit events are linked as on a
 * server), with Hibernate over it, for the audit chain's persistence ITs: events are appended
 * through {@link JpaAuditRepository} exactly as the server appends them, and the chain is verified
 * by the code behind the REST endpoint and the operators' command.
 */
final class AuditChainDatabase implements AutoCloseable {

  /** Demo proposal 1, which the appended events concern. */
  static final long PROPOSAL = 1;

  final TestDatabase database;
  final DataSource dataSource;
  final ParleyHibernate hibernate;

  AuditChainDatabase(TestDatabase database, ParleyHibernate hibernate) {
    this.database = database;
    this.dataSource = database.dataSource();
    this.hibernate = hibernate;
  }

  /** A fresh database with the schema and the demo data, and Hibernate with statistics. */
  static AuditChainDatabase withDemoData() {
    TestDatabase database = TestDatabase.fresh();
    DatabaseMigration.schema(database.dataSource()).migrate();
    DatabaseMigration.demoData(database.dataSource()).migrate();
    return new AuditChainDatabase(
        database,
        ParleyHibernate.validatingAgainst(
            database, Map.of("hibernate.generate_statistics", "true")));
  }

  /** Runs {@code work} in one transaction of its own, with the repository the server uses. */
  void inTransaction(Consumer<AuditRepository> work) {
    hibernate
        .sessionFactory()
        .inTransaction(session -> work.accept(new JpaAuditRepository(session)));
  }

  /** Appends {@code count} events in one transaction; their details start with {@code label}. */
  void append(String label, int count) {
    inTransaction(
        trail -> {
          for (int i = 0; i < count; i++) {
            trail.append(event(label + " #" + i));
          }
        });
  }

  /** A new event on demo proposal 1, as a service would record it. */
  static AuditEvent event(String detail) {
    return new AuditEvent(
        Instant.now(),
        "drafter",
        null,
        AuditAction.EDITED,
        PROPOSAL,
        "DRAFT",
        "DRAFT",
        null,
        detail);
  }

  ChainVerdict verify() {
    return verify(Optional.empty());
  }

  ChainVerdict verify(Optional<ChainLink> anchor) {
    try (Connection connection = dataSource.getConnection()) {
      return JdbcAuditChain.verify(connection, anchor);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every chained event's position and id, in chain order. */
  List<ChainedRow> chain() {
    List<ChainedRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "select chain_position, id, event_hash from audit_event"
                    + " where chain_position is not null order by chain_position");
        var result = query.executeQuery()) {
      while (result.next()) {
        rows.add(new ChainedRow(result.getLong(1), result.getLong(2), result.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        var query = connection.prepareStatement(sql);
        var result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (hibernate != null) {
      hibernate.close();
    }
    database.close();
  }

  /** An event's place in the chain. */
  record ChainedRow(long position, long id, String hash) {

    ChainLink link() {
      return new ChainLink(position, hash);
    }
  }
}
