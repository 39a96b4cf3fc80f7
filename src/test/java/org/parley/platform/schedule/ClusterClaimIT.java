package org.parley.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * Two "nodes" (two threads with their own node names and their own transactions) share one database
 * migrated by Parley's migrations, and claim a job's periods the way every server node does ({@link
 * JobLeases#claim}, then the work, in one transaction). In every period both nodes tick at the same
 * instant, released by one gate, twice. Each period's work must be done exactly once: no duplicate,
 * no gap, also when one node stops for good or fails after claiming (its claim rolls back with its
 * work, and the other node takes the period on its next tick).
 */
@DatabaseSensitive("two nodes claim a job's periods under row locks")
class ClusterClaimIT {

  private static final String JOB = "it-job";
  private static final JobPeriod PERIOD = new JobPeriod(Duration.ofMinutes(1));
  private static final Instant FIRST = Instant.parse("2026-11-30T08:00:00Z");
  private static final int PERIODS = 60;

  private TestDatabase database;
  private ParleyHibernate hibernate;
  private ExecutorService nodes;

  @BeforeEach
  void database() throws SQLException {
    // As on the server (deploy/wildfly/10-datasource.cli): a lock is waited for up to 10 s.
    database = TestDatabase.fresh();
    DatabaseMigration.schema(database.dataSource()).migrate();
    hibernate = ParleyHibernate.validatingAgainst(database);
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into scheduled_job (name, next_run_at, runs)"
              + " values ('"
              + JOB
              + "', timestamp with time zone '2000-01-01 00:00:00+00', 0)");
      sql.execute(
          "create table it_job_work (period_start timestamp with time zone not null,"
              + " node varchar(16) not null)");
    }
    nodes = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void close() {
    nodes.shutdownNow();
    hibernate.close();
    database.close();
  }

  @Test
  void twoNodesTickingTogetherRunEveryPeriodExactlyOnce() throws Exception {
    Map<String, Integer> wins = runPeriods(period -> true, period -> false);

    assertEveryPeriodDoneOnce();
    assertEquals(PERIODS, wins.values().stream().mapToInt(Integer::intValue).sum(), wins::toString);
    assertEquals(PERIODS, lease().getRuns());
    assertEquals(PERIOD.nextAfter(at(PERIODS - 1, 1)), lease().getNextRunAt());
  }

  @Test
  void whenOneNodeStopsTheOtherRunsEveryRemainingPeriod() throws Exception {
    Map<String, Integer> wins = runPeriods(period -> period < PERIODS / 3, period -> false);

    assertEveryPeriodDoneOnce();
    assertTrue(wins.getOrDefault("node-b", 0) >= PERIODS - PERIODS / 3, wins::toString);
  }

  @Test
  void aNodeThatFailsAfterClaimingLeavesThePeriodToTheOther() throws Exception {
    Map<String, Integer> wins = runPeriods(period -> true, period -> period % 3 == 0);

    assertEveryPeriodDoneOnce();
    assertEquals(0, workOf("node-a", period -> period % 3 == 0), "node-a's failed work");
    assertTrue(wins.getOrDefault("node-b", 0) >= PERIODS / 3, wins::toString);
  }

  /**
   * Runs {@link #PERIODS} periods. In each, node-a (while {@code aLives}) and node-b tick together
   * twice, node-a a few seconds into the period and node-b a few more. Node-a fails after claiming
   * in the periods {@code aFails} selects (an exception: its transaction rolls back, as the
   * database rolls back the open transaction of a node that dies). Returns the periods each node
   * won.
   */
  private Map<String, Integer> runPeriods(IntPredicate aLives, IntPredicate aFails)
      throws Exception {
    Map<String, Integer> wins = new HashMap<>();
    for (int period = 0; period < PERIODS; period++) {
      for (int tick = 0; tick < 2; tick++) {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Optional<String>>> attempts = new ArrayList<>();
        if (aLives.test(period)) {
          attempts.add(
              nodes.submit(attempt(gate, "node-a", at(period, 3 + tick), aFails.test(period))));
        }
        attempts.add(nodes.submit(attempt(gate, "node-b", at(period, 7 + tick), false)));
        gate.countDown();
        for (Future<Optional<String>> attempt : attempts) {
          attempt.get(30, TimeUnit.SECONDS).ifPresent(node -> wins.merge(node, 1, Integer::sum));
        }
      }
    }
    return wins;
  }

  private java.util.concurrent.Callable<Optional<String>> attempt(
      CountDownLatch gate, String node, Instant now, boolean failAfterClaim) {
    return () -> {
      gate.await();
      try {
        return hibernate
            .sessionFactory()
            .fromTransaction(
                session -> {
                  Optional<JobRun> run = new JobLeases(session).claim(JOB, PERIOD, now, node);
                  run.ifPresent(
                      claimed -> {
                        session
                            .createNativeMutationQuery(
                                "insert into it_job_work (period_start, node) values (:start, :node)")
                            .setParameter("start", claimed.periodStart())
                            .setParameter("node", node)
                            .executeUpdate();
                        if (failAfterClaim) {
                          throw new NodeDied();
                        }
                      });
                  return run.map(JobRun::node);
                });
      } catch (NodeDied died) {
        return Optional.empty();
      }
    };
  }

  private void assertEveryPeriodDoneOnce() throws SQLException {
    Map<Instant, Integer> done = new HashMap<>();
    try (Connection connection = database.connection();
        var query =
            connection.prepareStatement(
                "select period_start, count(*) from it_job_work group by period_start");
        var rows = query.executeQuery()) {
      while (rows.next()) {
        done.put(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(), rows.getInt(2));
      }
    }
    List<String> wrong = new ArrayList<>();
    for (int period = 0; period < PERIODS; period++) {
      Instant start = PERIOD.startOf(at(period, 0));
      int times = done.getOrDefault(start, 0);
      if (times != 1) {
        wrong.add(start + " done " + times + " times");
      }
    }
    assertEquals(List.of(), wrong, "periods not done exactly once (gaps: 0, duplicates: >1)");
    assertEquals(PERIODS, done.size(), "work outside the periods run: " + done.keySet());
  }

  private int workOf(String node, IntPredicate periods) throws SQLException {
    int count = 0;
    try (Connection connection = database.connection();
        var query =
            connection.prepareStatement("select period_start from it_job_work where node = ?")) {
      query.setString(1, node);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          Instant start = rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
          int period = (int) Duration.between(FIRST, start).dividedBy(PERIOD.length());
          count += periods.test(period) ? 1 : 0;
        }
      }
    }
    return count;
  }

  private JobLease lease() {
    return hibernate.sessionFactory().fromTransaction(s -> s.find(JobLease.class, JOB));
  }

  /** {@code seconds} into period number {@code period}. */
  private static Instant at(int period, int seconds) {
    return FIRST.plus(PERIOD.length().multipliedBy(period)).plusSeconds(seconds);
  }

  /** A node's failure after its claim, before its commit. */
  private static final class NodeDied extends RuntimeException {
    NodeDied() {
      super("node died mid-run", null, false, false);
    }
  }
}
