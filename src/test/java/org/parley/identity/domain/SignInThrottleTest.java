package org.parley.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle policy, applied to one name's failures, at every edge of its windows. */
class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Duration TICK = Duration.ofNanos(1_000);

  private final SignInThrottle throttle = new SignInThrottle(SignInName.of("drafter"));

  @ParameterizedTest
  @CsvSource({
    "1, PT0S",
    "2, PT0S",
    "3, PT0S",
    "4, PT1S",
    "5, PT2S",
    "6, PT4S",
    "7, PT8S",
    "8, PT1H",
    "9, PT1H",
    "50, PT1H"
  })
  void pausesDoubleAfterTheFreeFailuresAndTheEighthLocksForAnHour(int failures, Duration pause) {
    assertEquals(pause, ThrottlePolicy.pauseAfter(failures));
    assertEquals(failures == 8, ThrottlePolicy.locks(failures));
  }

  @Test
  void thereIsNoZerothFailure() {
    assertThrows(IllegalArgumentException.class, () -> ThrottlePolicy.pauseAfter(0));
  }

  @Test
  void aNewNameRefusesNothingAndCountsNothing() {
    assertFalse(throttle.refuses(T0));
    assertTrue(throttle.isSpent(T0));
    assertEquals(0, throttle.failuresAt(T0));
  }

  @Test
  void theFreeFailuresPauseNothing() {
    for (int i = 1; i <= ThrottlePolicy.FREE_FAILURES; i++) {
      RecordedFailure failure = throttle.recordFailure(T0);

      assertEquals(i, failure.failureInSeries());
      assertNull(failure.refusedUntil());
      assertFalse(failure.locked());
      assertFalse(throttle.refuses(T0));
    }
    assertEquals(3, throttle.failuresAt(T0));
  }

  @Test
  void theFourthFailurePausesForOneSecondItsEndExcluded() {
    failTimes(3, T0);

    RecordedFailure fourth = throttle.recordFailure(T0);

    assertEquals(T0.plusSeconds(1), fourth.refusedUntil());
    assertTrue(throttle.refuses(T0));
    assertTrue(throttle.refuses(T0.plusSeconds(1).minus(TICK)));
    assertFalse(throttle.refuses(T0.plusSeconds(1)));
    assertFalse(throttle.isLockedAt(T0), "a pause is not a lock");
  }

  @Test
  void exactlyAtTheLimitTheSeventhPausesAndTheEighthLocks() {
    Instant at = T0;
    for (int i = 1; i <= 6; i++) {
      at = afterRefusal(at);
      throttle.recordFailure(at);
    }
    at = afterRefusal(at);
    RecordedFailure seventh = throttle.recordFailure(at);
    assertEquals(at.plusSeconds(8), seventh.refusedUntil());
    assertFalse(seventh.locked());
    assertFalse(throttle.isLockedAt(at));

    at = afterRefusal(at);
    RecordedFailure eighth = throttle.recordFailure(at);

    assertEquals(8, eighth.failureInSeries());
    assertTrue(eighth.locked());
    assertEquals(at.plus(Duration.ofHours(1)), eighth.refusedUntil());
    assertTrue(throttle.isLockedAt(at.plus(Duration.ofMinutes(59))));
  }

  @Test
  void aLockExpiresAfterAnHourAndTheNextFailureStartsAFreshSeries() {
    Instant locked = lockAt(T0);

    assertTrue(throttle.refuses(locked.plus(Duration.ofHours(1)).minus(TICK)));
    assertFalse(throttle.refuses(locked.plus(Duration.ofHours(1))));
    assertTrue(throttle.isSpent(locked.plus(Duration.ofHours(1))));
    assertEquals(0, throttle.failuresAt(locked.plus(Duration.ofHours(1))));

    RecordedFailure next = throttle.recordFailure(locked.plus(Duration.ofHours(1)));

    assertEquals(1, next.failureInSeries());
    assertNull(next.refusedUntil());
  }

  @Test
  void aFailureJustBeforeTheSeriesEndsStillCounts() {
    failTimes(3, T0);

    RecordedFailure fourth = throttle.recordFailure(T0.plus(Duration.ofHours(1)).minus(TICK));

    assertEquals(4, fourth.failureInSeries());
    assertEquals(T0, throttle.getSeriesStartedAt().orElseThrow());
  }

  @Test
  void aFailureExactlyAtTheSeriesEndStartsANewSeries() {
    failTimes(3, T0);
    Instant end = T0.plus(ThrottlePolicy.SERIES);

    RecordedFailure first = throttle.recordFailure(end);

    assertEquals(1, first.failureInSeries());
    assertEquals(end, throttle.getSeriesStartedAt().orElseThrow());
  }

  @Test
  void theSeriesIsCountedFromItsFirstFailureNotItsLast() {
    throttle.recordFailure(T0);
    throttle.recordFailure(T0.plus(Duration.ofMinutes(50)));

    assertEquals(2, throttle.failuresAt(T0.plus(Duration.ofMinutes(59))));
    assertEquals(0, throttle.failuresAt(T0.plus(Duration.ofMinutes(60))));
  }

  @Test
  void aLockOutlastsItsSeriesAndAFailureArrivingDuringItStillCounts() {
    Instant locked = lockAt(T0);
    Instant afterSeriesEnd = T0.plus(ThrottlePolicy.SERIES).plusSeconds(1);
    assertTrue(throttle.refuses(afterSeriesEnd));
    assertFalse(throttle.isSpent(afterSeriesEnd));

    // Checked on another node just before the lock began.
    RecordedFailure late = throttle.recordFailure(afterSeriesEnd);

    assertEquals(9, late.failureInSeries());
    assertTrue(afterSeriesEnd.plus(ThrottlePolicy.LOCK).isAfter(locked.plus(ThrottlePolicy.LOCK)));
  }

  @Test
  void refusalsAreCountedAndANewSeriesForgetsThem() {
    failTimes(4, T0);
    throttle.recordRefusal();
    throttle.recordRefusal();
    assertEquals(2, throttle.getRefusedAttempts());

    throttle.recordFailure(T0.plus(ThrottlePolicy.SERIES));

    assertEquals(0, throttle.getRefusedAttempts());
  }

  /**
   * ASVS 2.2.1 / NIST SP 800-63B §5.2.2: no more than 100 failed attempts an hour on one account.
   * An attacker trying every 100 ms for a day, whenever the name is not refused, gets one series'
   * worth of failures into any hour: the lock ends exactly an hour after the failure that set it.
   */
  @Test
  void noMoreThanOneHundredFailuresFitInAnyHour() {
    Deque<Instant> lastHour = new ArrayDeque<>();
    int most = 0;
    int total = 0;
    for (Instant at = T0; at.isBefore(T0.plus(Duration.ofDays(1))); at = at.plusMillis(100)) {
      if (throttle.refuses(at)) {
        continue;
      }
      throttle.recordFailure(at);
      total++;
      lastHour.addLast(at);
      while (!lastHour.peekFirst().isAfter(at.minus(Duration.ofHours(1)))) {
        lastHour.removeFirst();
      }
      most = Math.max(most, lastHour.size());
    }

    assertTrue(most <= 100, "at most 100 an hour, got " + most);
    assertEquals(ThrottlePolicy.LOCK_AT, most, "one series in any hour");
    assertTrue(total <= 24 * ThrottlePolicy.LOCK_AT, "total " + total);
  }

  private void failTimes(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(at);
    }
  }

  /** Fails until the name locks, each attempt as soon as it is accepted; when it locked. */
  private Instant lockAt(Instant start) {
    Instant at = start;
    while (true) {
      at = afterRefusal(at);
      if (throttle.recordFailure(at).locked()) {
        return at;
      }
    }
  }

  /** The first instant at or after {@code at} when the name is not refused. */
  private Instant afterRefusal(Instant at) {
    return throttle.refuses(at) ? throttle.getRefusedUntil().orElseThrow() : at;
  }
}
