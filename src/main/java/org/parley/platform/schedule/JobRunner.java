package org.parley.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;

/** One tick of a job on this node: claim the current period and run it, in one transaction. */
@ApplicationScoped
public class JobRunner {

  @Inject private JobLeases leases;
  @Inject private Clock clock;

  /**
   * Runs {@code job} for the period that holds now, if that period is due and no other node claimed
   * it; the claim and the work commit or roll back together.
   *
   * @return the run, empty when there was nothing to do on this node
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<JobRun> runIfDue(ClusterJob job, JobPeriod period, String node) {
    Optional<JobRun> run = leases.claim(job.name(), period, clock.instant(), node);
    run.ifPresent(job::run);
    return run;
  }

  /** Whether a migration created the job's row: without one no node ever claims a period. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean isKnown(ClusterJob job) {
    return leases.find(job.name()).isPresent();
  }
}
