package org.parley.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The claims on jobs' periods, in the caller's transaction (docs/adr/0013).
 *
 * <p>A claim is one conditional update of the job's row: "set the next run to the following period
 * where the next run is due by now". On PostgreSQL and H2 alike a second node's update of the same
 * row waits for the first node's transaction, then re-reads the row: after a commit the condition
 * no longer holds and it updates nothing; after a rollback (the work failed, or the node died and
 * its connection was closed) it holds still, and the second node claims the period itself.
 */
@ApplicationScoped
class JobLeases {

  @PersistenceContext private EntityManager em;

  JobLeases() {}

  /** Over {@code em}, outside a container (the persistence ITs). */
  JobLeases(EntityManager em) {
    this.em = em;
  }

  /**
   * Claims the period of {@code job} that holds {@code now} for {@code node}, when it is due and no
   * other node has claimed it. Holds the row's lock until the transaction ends.
   *
   * @return the claimed run, empty when the period is not due or already claimed
   */
  Optional<JobRun> claim(String job, JobPeriod period, Instant now, String node) {
    int claimed =
        em.createQuery(
                "update JobLease lease set lease.nextRunAt = :next, lease.lastRunAt = :now,"
                    + " lease.lastNode = :node, lease.runs = lease.runs + 1"
                    + " where lease.name = :name and lease.nextRunAt <= :now")
            .setParameter("next", period.nextAfter(now))
            .setParameter("now", now)
            .setParameter("node", node)
            .setParameter("name", job)
            .executeUpdate();
    return claimed == 1
        ? Optional.of(new JobRun(job, period.startOf(now), now, node))
        : Optional.empty();
  }

  /** The job's row, if a migration created it. */
  Optional<JobLease> find(String job) {
    return Optional.ofNullable(em.find(JobLease.class, job));
  }
}
