package org.parley.bench.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the rows the database writes: on PostgreSQL from its own per-table counters ({@code
 * pg_stat_user_tables}: tuples inserted, updated and deleted, which include the rows of element
 * collections and anything written outside Hibernate), everywhere from Hibernate's statistics of
 * entity inserts, updates and deletes (H2 keeps no such counters). Turns Hibernate's statistics on
 * only while it measures.
 */
@ApplicationScoped
public class RowCounter {

  /** PostgreSQL flushes a backend's counters at most once a second, else after 10 s idle. */
  private static final long SETTLE_MS = 11_000;

  private static final long MAX_SETTLE_MS = 60_000;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "parley")
  private EntityManagerFactory entityManagerFactory;

  /** "h2" or "postgresql". */
  public String database() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("postgres") ? "postgresql" : product;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** Starts Hibernate's statistics afresh. */
  public void startHibernateStatistics() {
    Statistics statistics = statistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
  }

  /** Hibernate's counts since {@link #startHibernateStatistics}; turns them off. */
  public Map<String, Long> stopHibernateStatistics() {
    Statistics statistics = statistics();
    statistics.setStatisticsEnabled(false);
    Map<String, Long> counts = new TreeMap<>();
    counts.put("entity_inserts", statistics.getEntityInsertCount());
    counts.put("entity_updates", statistics.getEntityUpdateCount());
    counts.put("entity_deletes", statistics.getEntityDeleteCount());
    counts.put("collection_recreates", statistics.getCollectionRecreateCount());
    counts.put("collection_updates", statistics.getCollectionUpdateCount());
    counts.put("collection_removes", statistics.getCollectionRemoveCount());
    counts.put("flushes", statistics.getFlushCount());
    counts.put("transactions", statistics.getTransactionCount());
    counts.put("statements_prepared", statistics.getPrepareStatementCount());
    counts.put("queries", statistics.getQueryExecutionCount());
    counts.put("entity_loads", statistics.getEntityLoadCount());
    counts.put("entity_fetches", statistics.getEntityFetchCount());
    counts.put("collection_loads", statistics.getCollectionLoadCount());
    counts.put("collection_fetches", statistics.getCollectionFetchCount());
    counts.put("optimistic_failures", statistics.getOptimisticFailureCount());
    return counts;
  }

  /**
   * PostgreSQL's rows written per table (inserted + updated + deleted) once every backend has
   * flushed its counters: read until the sums stop moving, at least {@link #SETTLE_MS} after the
   * last write.
   */
  public Map<String, Long> settledPostgresqlCounts() {
    long start = System.currentTimeMillis();
    Map<String, Long> previous = postgresqlCounts();
    int stable = 0;
    while (System.currentTimeMillis() - start < MAX_SETTLE_MS) {
      sleep(1000);
      Map<String, Long> now = postgresqlCounts();
      stable = now.equals(previous) ? stable + 1 : 0;
      previous = now;
      if (stable >= 3 && System.currentTimeMillis() - start >= SETTLE_MS) {
        break;
      }
    }
    return previous;
  }

  private Map<String, Long> postgresqlCounts() {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // The counters this session flushes itself (none: it only reads), then a fresh snapshot.
      statement.execute("select pg_stat_clear_snapshot()");
      try (ResultSet rows =
          statement.executeQuery(
              "select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables")) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
    return counts;
  }

  /** Hibernate's statistics (on only between start and stop). */
  Statistics hibernateStatistics() {
    return statistics();
  }

  private Statistics statistics() {
    return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
