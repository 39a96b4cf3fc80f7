package org.parley.platform.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A job's row in {@code scheduled_job}: when its next period is due, and who ran the last one. Only
 * {@link JobLeases#claim} changes it, by a conditional bulk update (docs/adr/0013); the entity is
 * for reading.
 */
@Entity
@Table(name = "scheduled_job")
public class JobLease {

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "next_run_at", nullable = false)
  private Instant nextRunAt;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  @Column(name = "last_node", length = 255)
  private String lastNode;

  @Column(nullable = false)
  private long runs;

  protected JobLease() {}

  public String getName() {
    return name;
  }

  public Instant getNextRunAt() {
    return nextRunAt;
  }

  public Optional<Instant> getLastRunAt() {
    return Optional.ofNullable(lastRunAt);
  }

  public Optional<String> getLastNode() {
    return Optional.ofNullable(lastNode);
  }

  public long getRuns() {
    return runs;
  }
}
