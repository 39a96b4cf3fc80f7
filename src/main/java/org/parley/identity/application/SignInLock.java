package org.parley.identity.application;

import java.time.Instant;
import org.parley.identity.domain.SignInThrottle;

/**
 * Where an account stands with sign-in throttling, as administrators see it.
 *
 * @param failures failures counted in the current series, 0 when none counts
 * @param seriesStartedAt when the current series began, {@code null} when none counts
 * @param refusedUntil until when sign-in is refused, {@code null} when it is not
 * @param locked whether the running refusal is a lock rather than a short pause
 * @param refusedAttempts attempts refused unchecked in the current series
 */
public record SignInLock(
    String username,
    int failures,
    Instant seriesStartedAt,
    Instant refusedUntil,
    boolean locked,
    int refusedAttempts) {

  static SignInLock of(String username, SignInThrottle throttle, Instant now) {
    if (throttle == null || throttle.isSpent(now)) {
      return new SignInLock(username, 0, null, null, false, 0);
    }
    return new SignInLock(
        username,
        throttle.failuresAt(now),
        throttle.getSeriesStartedAt().orElse(null),
        throttle.refuses(now) ? throttle.getRefusedUntil().orElse(null) : null,
        throttle.isLockedAt(now),
        throttle.getRefusedAttempts());
  }

  /** Whether sign-in is refused now, by a pause or a lock. */
  public boolean refused() {
    return refusedUntil != null;
  }
}
