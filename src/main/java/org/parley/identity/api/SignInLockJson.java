package org.parley.identity.api;

import java.time.Instant;
import org.parley.identity.application.SignInLock;

/**
 * An account's standing with sign-in throttling in REST answers.
 *
 * @param refused whether sign-in is refused now (paused or locked)
 * @param locked whether that refusal is a lock rather than a short pause
 * @param refusedUntil until when, {@code null} when not refused
 * @param failures failures counted in the current series
 * @param seriesStartedAt when that series began, {@code null} when none counts
 * @param refusedAttempts attempts refused unchecked in the series
 */
public record SignInLockJson(
    String username,
    boolean refused,
    boolean locked,
    Instant refusedUntil,
    int failures,
    Instant seriesStartedAt,
    int refusedAttempts) {

  static SignInLockJson of(SignInLock lock) {
    return new SignInLockJson(
        lock.username(),
        lock.refused(),
        lock.locked(),
        lock.refusedUntil(),
        lock.failures(),
        lock.seriesStartedAt(),
        lock.refusedAttempts());
  }
}
