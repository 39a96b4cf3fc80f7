package org.parley.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.parley.support.ServerDatabase;

/**
 * Crash durability: while virtual users drive workflows through the REST API, the server's JVM is
 * killed with {@code kill -9} at random moments ({@code parley.fault.kills}, 20 by default) and
 * started again. Afterwards every transition acknowledged before a kill must be there, no workflow
 * half-applied, and every workflow finished once the users went on (none stuck).
 *
 * <p>Runs against the provisioned server of this build (H2 or, with {@code -Dparley.db=postgresql},
 * PostgreSQL), in a base directory of its own under {@code target/fault} and at port offset 500.
 */
class CrashDurabilityFault {

  private static final Duration BOOT = Duration.ofMinutes(3);

  @Test
  void everyAcknowledgedTransitionSurvivesKillNine() throws Exception {
    int kills = Integer.getInteger("parley.fault.kills", 20);
    int users = Integer.getInteger("parley.fault.users", 4);
    long seed = Long.getLong("parley.fault.seed", 5L);
    Path home = Path.of(System.getProperty("parley.server.dir", "target/server"));
    Path dir = Path.of(System.getProperty("parley.fault.dir", "target/fault"));
    Path base = dir.resolve("crash-" + ServerDatabase.KIND);
    deleteTree(base);
    ServerNode.copyOfStandalone(home, base);
    ServerNode server =
        new ServerNode(
            home,
            base,
            "crash",
            500,
            List.of("-Dparley.demo=true", "-Dparley.data.dir=" + base.resolve("h2")));

    List<Duration> boots = new ArrayList<>();
    boots.add(server.start(BOOT));
    FaultClient client = new FaultClient(server.baseUrl());
    List<TrackedWorkflow> ledger = new CopyOnWriteArrayList<>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicLong unanswered = new AtomicLong();
    List<WorkflowDriver> drivers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i <= users; i++) {
      WorkflowDriver driver = new WorkflowDriver(client, "u" + i, ledger, unanswered, problems);
      drivers.add(driver);
      Thread thread = new Thread(driver, "fault-user-" + i);
      threads.add(thread);
      thread.start();
    }

    Random random = new Random(seed);
    long started = System.nanoTime();
    try {
      for (int kill = 1; kill <= kills; kill++) {
        ServerNode.pause(3_000 + random.nextInt(6_000));
        server.kill();
        boots.add(server.start(BOOT));
      }
      ServerNode.pause(3_000);
      drivers.forEach(WorkflowDriver::finish);
      for (Thread thread : threads) {
        thread.join(Duration.ofMinutes(3).toMillis());
        thread.interrupt();
      }
      Reconciliation result = Reconciliation.of(client, ledger);
      problems.addAll(result.problems);
      Duration slowestBoot = boots.stream().max(Comparator.naturalOrder()).orElseThrow();
      System.out.printf(
          "FAULT crash-durability: db=%s kills=%d users=%d workflows=%d acknowledged=%d"
              + " found=%d lost=%d half-applied=%d stuck=%d unanswered-requests=%d"
              + " slowest-restart-s=%.1f minutes=%.1f%n",
          ServerDatabase.KIND,
          kills,
          users,
          result.workflows,
          result.acknowledged,
          result.found,
          result.lost,
          result.halfApplied,
          result.stuck,
          unanswered.get(),
          slowestBoot.toMillis() / 1000.0,
          (System.nanoTime() - started) / 60e9);
      problems.stream().limit(30).forEach(p -> System.out.println("  " + p));

      assertEquals(0, result.lost, "acknowledged transitions lost");
      assertEquals(0, result.halfApplied, "half-applied workflows");
      assertEquals(0, result.stuck, "stuck workflows");
      assertTrue(problems.isEmpty(), "problems: " + problems);
      assertTrue(result.acknowledged > kills, "the load did work between the kills");
    } finally {
      threads.forEach(Thread::interrupt);
      server.stop();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
