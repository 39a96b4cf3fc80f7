package org.parley.clearance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates skip Saturdays and Sundays and keep the time of day (UTC). */
class BusinessDaysTest {

  // 2026-11-06 is a Friday.
  @ParameterizedTest(name = "{0} + {1} business days = {2}")
  @CsvSource({
    "2026-11-06T16:30:00Z (Fri), 1, 2026-11-09T16:30:00Z (Mon)",
    "2026-11-05T09:00:00Z (Thu), 1, 2026-11-06T09:00:00Z (Fri)",
    "2026-11-05T09:00:00Z (Thu), 2, 2026-11-09T09:00:00Z (Mon)",
    "2026-11-07T10:00:00Z (Sat), 1, 2026-11-09T10:00:00Z (Mon)",
    "2026-11-08T10:00:00Z (Sun), 1, 2026-11-09T10:00:00Z (Mon)",
    "2026-11-02T09:00:00Z (Mon), 5, 2026-11-09T09:00:00Z (Mon)",
    "2026-11-06T23:59:59Z (Fri), 5, 2026-11-13T23:59:59Z (Fri)",
    "2026-11-06T08:00:00Z (Fri), 10, 2026-11-20T08:00:00Z (Fri)",
    "2026-11-04T12:00:00Z (Wed), 0, 2026-11-04T12:00:00Z (Wed)",
    "2026-12-31T09:00:00Z (Thu), 2, 2027-01-04T09:00:00Z (Mon)"
  })
  void addingBusinessDaysSkipsWeekends(String start, int days, String due) {
    assertEquals(instant(due), BusinessDays.add(instant(start), days));
  }

  private static Instant instant(String labelled) {
    return Instant.parse(labelled.substring(0, labelled.indexOf(' ')));
  }
}
