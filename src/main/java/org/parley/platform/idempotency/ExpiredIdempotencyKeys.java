package org.parley.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.parley.platform.schedule.ClusterJob;
import org.parley.platform.schedule.JobPeriod;
import org.parley.platform.schedule.JobRun;

/**
 * Deletes the idempotency keys older than their retention (docs/adr/0012): keys exist for retries
 * within minutes, and a key retried after its row is gone counts as new. Runs once an hour across
 * the cluster (docs/adr/0013); {@code -Dparley.idempotency.retention} (ISO-8601, default {@code
 * PT24H}) and {@code -Dparley.schedule.expired-idempotency-keys} (default {@code PT1H}).
 */
@ApplicationScoped
public class ExpiredIdempotencyKeys implements ClusterJob {

  static final String NAME = "expired-idempotency-keys";
  private static final Logger LOG = Logger.getLogger(ExpiredIdempotencyKeys.class.getName());

  private final JobPeriod period =
      JobPeriod.fromProperty("parley.schedule." + NAME, Duration.ofHours(1));
  // Read like a period: a malformed value stops the deployment with a message naming the property.
  private final Duration retention =
      JobPeriod.fromProperty("parley.idempotency.retention", Duration.ofHours(24)).length();

  @PersistenceContext private EntityManager em;

  public ExpiredIdempotencyKeys() {}

  /** Over {@code em}, outside a container (the persistence ITs). */
  ExpiredIdempotencyKeys(EntityManager em) {
    this.em = em;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration period() {
    return period.length();
  }

  /** Deletes, in the claiming transaction, every key created before {@code now − retention}. */
  @Override
  public void run(JobRun run) {
    int deleted = deleteCreatedBefore(run.now().minus(retention));
    if (deleted > 0) {
      LOG.info(() -> "Deleted " + deleted + " idempotency keys older than " + retention);
    }
  }

  int deleteCreatedBefore(Instant cutoff) {
    return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
