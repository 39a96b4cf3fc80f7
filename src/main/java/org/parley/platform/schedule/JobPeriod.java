package org.parley.platform.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The period grid of a job: periods of a fixed length counted from the epoch, so that every node
 * agrees on which period an instant falls into without talking to the others. A claim for the
 * period holding {@code now} moves the job's next run to the start of the following period.
 */
public record JobPeriod(Duration length) {

  /** Ticks come at least this often, so that short test periods are not missed. */
  static final Duration MIN_TICK = Duration.ofMillis(250);

  /** Ticks come at most this far apart, so that a period starts at most this late. */
  static final Duration MAX_TICK = Duration.ofSeconds(15);

  public JobPeriod {
    if (length.isNegative() || length.toMillis() < 1) {
      throw new IllegalArgumentException("A job's period is a positive duration: " + length);
    }
  }

  /**
   * The period configured by system property {@code property} (an ISO-8601 duration such as {@code
   * PT1M} or {@code PT2S}), or {@code fallback} when it is not set.
   */
  public static JobPeriod fromProperty(String property, Duration fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return new JobPeriod(fallback);
    }
    try {
      return new JobPeriod(Duration.parse(value.strip()));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "System property "
              + property
              + " must be a positive ISO-8601 duration such as PT1M or PT30S, not '"
              + value
              + "'.",
          e);
    }
  }

  /** The start of the period that holds {@code now}. */
  public Instant startOf(Instant now) {
    long millis = length.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
  }

  /** The start of the period after the one that holds {@code now}: the next run's due time. */
  public Instant nextAfter(Instant now) {
    return startOf(now).plus(length);
  }

  /**
   * How often each node asks whether the job is due: a quarter of the period, between {@link
   * #MIN_TICK} and {@link #MAX_TICK}. More often means a period starts closer to its time; each
   * tick costs one single-row update that matches nothing.
   */
  public Duration tick() {
    Duration quarter = length.dividedBy(4);
    if (quarter.compareTo(MIN_TICK) < 0) {
      return MIN_TICK;
    }
    return quarter.compareTo(MAX_TICK) > 0 ? MAX_TICK : quarter;
  }
}
