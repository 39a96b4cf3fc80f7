package org.parley.platform.schedule;

import java.time.Duration;

/**
 * Work that runs once per period across all the nodes sharing the database. Implementations are CDI
 * beans; {@link ClusterScheduler} finds them at startup. The job's {@code scheduled_job} row comes
 * from a migration, like any other table content (docs/adr/0004).
 */
public interface ClusterJob {

  /** The job's key, its row's {@code name} in {@code scheduled_job}: kebab-case, stable. */
  String name();

  /** How often the job runs: once in every period of this length, counted from the epoch. */
  Duration period();

  /**
   * Does one period's work, in the transaction that claimed the period: commit or roll back the
   * work and the claim together. Keep it bounded (a few seconds): a later period continues what is
   * left, and the claim's row lock is held until the work ends.
   */
  void run(JobRun run);
}
