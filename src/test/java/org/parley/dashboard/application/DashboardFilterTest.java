package org.parley.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.shared.InvalidInputException;

class DashboardFilterTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

  @Test
  void withoutAPeriodItIsTheLastNinetyDaysTodayIncluded() {
    DashboardFilter filter = DashboardFilter.of(null, null, null, TODAY);
    assertEquals(LocalDate.parse("2026-09-02"), filter.from());
    assertEquals(TODAY, filter.to());
    assertEquals(90, filter.days());
    assertNull(filter.trackId());
  }

  @Test
  void aMissingStartIsNinetyDaysBeforeTheGivenEnd() {
    DashboardFilter filter = DashboardFilter.of(7L, null, LocalDate.parse("2026-03-31"), TODAY);
    assertEquals(LocalDate.parse("2026-01-01"), filter.from());
    assertEquals(7L, filter.trackId());
  }

  @Test
  void thePeriodRunsFromTheStartOfItsFirstDayToTheEndOfItsLast() {
    DashboardFilter filter =
        DashboardFilter.of(
            null, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), TODAY);
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.start());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), filter.end());
  }

  @Test
  void aSingleDayIsAPeriod() {
    assertEquals(1, DashboardFilter.of(null, TODAY, TODAY, TODAY).days());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedNamingFrom() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> DashboardFilter.of(null, TODAY.plusDays(1), TODAY, TODAY));
    assertEquals("from", refused.getField());
  }

  @Test
  void aPeriodLongerThanTenYearsIsRefused() {
    LocalDate start = TODAY.minusDays(DashboardFilter.MAX_DAYS - 1L);
    assertEquals(DashboardFilter.MAX_DAYS, DashboardFilter.of(null, start, TODAY, TODAY).days());
    assertThrows(
        InvalidInputException.class,
        () -> DashboardFilter.of(null, start.minusDays(1), TODAY, TODAY));
  }

  @Test
  void shortPeriodsChartWeeksAndLongerOnesMonths() {
    LocalDate start = TODAY.minusDays(DashboardFilter.WEEKLY_UP_TO_DAYS - 1L);
    assertEquals(
        DashboardFilter.Bucket.WEEK, DashboardFilter.of(null, start, TODAY, TODAY).bucket());
    assertEquals(
        DashboardFilter.Bucket.MONTH,
        DashboardFilter.of(null, start.minusDays(1), TODAY, TODAY).bucket());
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    LocalDate sunday = LocalDate.parse("2026-11-29");
    assertEquals(LocalDate.parse("2026-11-23"), DashboardFilter.Bucket.WEEK.startOf(sunday));
    assertEquals(LocalDate.parse("2026-11-30"), DashboardFilter.Bucket.WEEK.startOf(TODAY));
    assertEquals(LocalDate.parse("2026-11-01"), DashboardFilter.Bucket.MONTH.startOf(sunday));
    assertEquals(
        LocalDate.parse("2026-12-01"),
        DashboardFilter.Bucket.MONTH.next(LocalDate.parse("2026-11-01")));
  }
}
