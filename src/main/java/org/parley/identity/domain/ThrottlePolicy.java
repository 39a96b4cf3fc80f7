package org.parley.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated sign-in failures on one name are slowed and then refused (docs/adr/0010). Pure
 * rules, no state: {@link SignInThrottle} applies them to its counts.
 *
 * <ul>
 *   <li>Failures are counted in a <b>series</b> that starts with a failure and lasts {@link
 *       #SERIES} (one hour). A failure at or after the series' end (and after any pause) starts a
 *       new series.
 *   <li>The first {@link #FREE_FAILURES} failures of a series cost nothing (typing errors).
 *   <li>Each further failure <b>pauses</b> sign-in for the name, doubling from {@link
 *       #FIRST_PAUSE}: 1 s, 2 s, 4 s, 8 s. Attempts during a pause are refused unchecked.
 *   <li>The {@link #LOCK_AT}th failure <b>locks</b> the name for {@link #LOCK} (one hour), which an
 *       administrator may lift earlier.
 *   <li>A successful sign-in does <b>not</b> reset the series: otherwise the owner's own sign-ins
 *       (or their API client's calls) would hand an attacker fresh attempts, and the bound below
 *       would not hold.
 * </ul>
 *
 * So at most {@link #LOCK_AT} failures fit into any hour (nine if the hour includes both its ends,
 * since a lock ends exactly an hour after the failure that set it): far under the 100 an hour that
 * ASVS 2.2.1 and NIST SP 800-63B §5.2.2 allow.
 */
public final class ThrottlePolicy {

  /** How long a series of failures is counted from its first failure. */
  public static final Duration SERIES = Duration.ofHours(1);

  /** Failures of a series that cost no pause. */
  public static final int FREE_FAILURES = 3;

  /** The pause after the first failure beyond the free ones; each further one doubles it. */
  public static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

  /** The failure of a series that locks the name. */
  public static final int LOCK_AT = 8;

  /** How long a lock lasts unless an administrator lifts it. */
  public static final Duration LOCK = Duration.ofHours(1);

  private ThrottlePolicy() {}

  /** How long sign-in pauses after the {@code failures}th failure of a series. */
  public static Duration pauseAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures start at 1: " + failures);
    }
    if (failures <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    if (failures >= LOCK_AT) {
      return LOCK;
    }
    return FIRST_PAUSE.multipliedBy(1L << (failures - FREE_FAILURES - 1));
  }

  /** Whether the {@code failures}th failure of a series is the one that locks the name. */
  public static boolean locks(int failures) {
    return failures == LOCK_AT;
  }

  /** Whether a series that started at {@code start} is over at {@code now} (its end excluded). */
  public static boolean seriesOver(Instant start, Instant now) {
    return !now.isBefore(start.plus(SERIES));
  }
}
