package org.parley.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in failures counted against one {@linkplain SignInName submitted name}, whether or not
 * an account has that name, under the rules of {@link ThrottlePolicy}.
 *
 * <p>Lifecycle: created at the first failure of a name; every further failure {@linkplain
 * #recordFailure counts} in the current series (or starts a new one) and may pause or lock the
 * name; while it {@linkplain #refuses refuses}, attempts are not checked at all and only
 * {@linkplain #recordRefusal counted}. Once the series is over and no pause or lock is running, the
 * row is {@linkplain #isSpent spent} and may be deleted; lifting a lock deletes it too. Kept in the
 * database so that the counts hold across restarts and cluster nodes.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id
  @Column(name = "name_key", length = 64)
  private String nameKey;

  @Column(nullable = false)
  private int failures;

  @Column(name = "series_started_at")
  private Instant seriesStartedAt;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "refused_until")
  private Instant refusedUntil;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "refused_attempts", nullable = false)
  private int refusedAttempts;

  @Version private long version;

  protected SignInThrottle() {}

  /** A name with no failures yet. */
  public SignInThrottle(SignInName name) {
    this.nameKey = name.key();
  }

  /**
   * Counts a failed password check at {@code now}: in the current series, or as the first of a new
   * one when the series is over and no pause or lock runs. Attempts are refused unchecked while the
   * name {@linkplain #refuses refuses}; a failure still arriving then was checked before the
   * refusal began (on another node) and counts all the same.
   */
  public RecordedFailure recordFailure(Instant now) {
    if (seriesStartedAt == null
        || (ThrottlePolicy.seriesOver(seriesStartedAt, now) && !refuses(now))) {
      seriesStartedAt = now;
      failures = 0;
      refusedAttempts = 0;
      lockedAt = null;
    }
    failures++;
    lastFailureAt = now;
    Duration pause = ThrottlePolicy.pauseAfter(failures);
    refusedUntil = pause.isZero() ? null : now.plus(pause);
    boolean locks = ThrottlePolicy.locks(failures);
    if (locks) {
      lockedAt = now;
    }
    return new RecordedFailure(failures, refusedUntil, locks);
  }

  /** Counts an attempt refused unchecked while a pause or lock runs. */
  public void recordRefusal() {
    refusedAttempts++;
  }

  /** Whether attempts at {@code now} are refused without checking the password. */
  public boolean refuses(Instant now) {
    return refusedUntil != null && now.isBefore(refusedUntil);
  }

  /** Whether the refusal running at {@code now} is a lock (rather than a short pause). */
  public boolean isLockedAt(Instant now) {
    return lockedAt != null && refuses(now);
  }

  /** Whether this row no longer matters at {@code now}: no refusal running, no series counting. */
  public boolean isSpent(Instant now) {
    return !refuses(now)
        && (seriesStartedAt == null || ThrottlePolicy.seriesOver(seriesStartedAt, now));
  }

  /** The failures that count at {@code now}: none once the row is spent. */
  public int failuresAt(Instant now) {
    return isSpent(now) ? 0 : failures;
  }

  public String getNameKey() {
    return nameKey;
  }

  public Optional<Instant> getSeriesStartedAt() {
    return Optional.ofNullable(seriesStartedAt);
  }

  public Optional<Instant> getLastFailureAt() {
    return Optional.ofNullable(lastFailureAt);
  }

  /** When the running or last pause or lock ends (or ended). */
  public Optional<Instant> getRefusedUntil() {
    return Optional.ofNullable(refusedUntil);
  }

  public int getRefusedAttempts() {
    return refusedAttempts;
  }
}
