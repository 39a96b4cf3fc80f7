package org.parley.clearance.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Due dates counted in business days (Monday to Friday, in UTC; no holiday calendar yet). */
public final class BusinessDays {

  private BusinessDays() {}

  /** The instant {@code days} business days after {@code start}, at the same time of day. */
  public static Instant add(Instant start, int days) {
    ZonedDateTime due = start.atZone(ZoneOffset.UTC);
    int left = days;
    while (left > 0) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return due.toInstant();
  }
}
