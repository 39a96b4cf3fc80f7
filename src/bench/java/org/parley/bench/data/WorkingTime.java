package org.parley.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Office hours (Monday to Friday, 08:00 to 18:00 UTC): people draft, review and decide during them,
 * so durations of the generated workflow are counted in working hours. The mapping between an
 * instant and the working seconds since a fixed Monday is monotone, so that adding a duration never
 * moves a moment backwards.
 */
final class WorkingTime {

  static final long DAY = 10 * 3600;
  static final long WEEK = 5 * DAY;
  private static final long OPENS = 8 * 3600;
  private static final long MONDAY =
      LocalDate.of(1970, 1, 5).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

  private WorkingTime() {}

  /**
   * The moment {@code hours} working hours after {@code start} (outside hours: from the next
   * opening).
   */
  static Instant after(Instant start, double hours) {
    return instant(seconds(start) + Math.max(0, Math.round(hours * 3600)));
  }

  /**
   * Working seconds since the reference Monday; a moment outside hours counts as the next opening.
   */
  static long seconds(Instant at) {
    long since = at.getEpochSecond() - MONDAY;
    long day = Math.floorDiv(since, 86400);
    long ofDay = Math.floorMod(since, 86400);
    long week = Math.floorDiv(day, 7);
    int weekday = (int) Math.floorMod(day, 7);
    if (weekday >= 5) {
      return (week + 1) * WEEK;
    }
    long base = week * WEEK + weekday * DAY;
    if (ofDay < OPENS) {
      return base;
    }
    if (ofDay >= OPENS + DAY) {
      return base + DAY;
    }
    return base + ofDay - OPENS;
  }

  /** The instant of a number of working seconds since the reference Monday. */
  static Instant instant(long seconds) {
    long week = Math.floorDiv(seconds, WEEK);
    long inWeek = Math.floorMod(seconds, WEEK);
    long day = inWeek / DAY;
    long inDay = inWeek % DAY;
    return Instant.ofEpochSecond(MONDAY + (week * 7 + day) * 86400 + OPENS + inDay);
  }
}
