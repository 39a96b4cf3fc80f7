package org.parley.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.dashboard.application.DashboardFigures.DecisionCount;
import org.parley.dashboard.application.DashboardFigures.TierLeverage;
import org.parley.shared.InvalidInputException;

/** How the service turns the database's counts into the dashboard's series. */
class DashboardFiguresTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

  @Test
  void decisionsFillEveryWeekOfThePeriodAndCountApprovalsWithConditionsAsApprovals() {
    DashboardFilter filter =
        DashboardFilter.of(
            null, LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-18"), TODAY);
    List<DecisionCount> weeks =
        DashboardService.decisions(
            filter,
            List.of(
                day("2026-11-04", "APPROVED", 2),
                day("2026-11-08", "APPROVED_WITH_CONDITIONS", 1),
                day("2026-11-09", "RETURNED", 3),
                day("2026-11-18", "REJECTED", 1)));
    assertEquals(
        List.of(
            new DecisionCount(LocalDate.parse("2026-11-02"), 3, 0, 0),
            new DecisionCount(LocalDate.parse("2026-11-09"), 0, 3, 0),
            new DecisionCount(LocalDate.parse("2026-11-16"), 0, 0, 1)),
        weeks);
  }

  @Test
  void longPeriodsAreChartedPerMonth() {
    DashboardFilter filter =
        DashboardFilter.of(
            null, LocalDate.parse("2026-01-15"), LocalDate.parse("2026-11-30"), TODAY);
    List<DecisionCount> months =
        DashboardService.decisions(filter, List.<Object[]>of(day("2026-01-31", "REJECTED", 4)));
    assertEquals(11, months.size());
    assertEquals(new DecisionCount(LocalDate.parse("2026-01-01"), 0, 0, 4), months.get(0));
    assertEquals(LocalDate.parse("2026-11-01"), months.get(10).start());
  }

  @Test
  void leverageIsWeighedPerTierWithStepsNamingNoInstrumentLast() {
    List<TierLeverage> tiers =
        DashboardService.leverage(
            List.of(
                new Object[] {1, "EASILY_REVERSIBLE", "IRREVERSIBLE", 2L},
                new Object[] {3, null, "EASILY_REVERSIBLE", 1L},
                new Object[] {null, "REVERSIBLE_AT_COST", "REVERSIBLE_AT_COST", 5L},
                new Object[] {null, null, null, 1L}));
    assertEquals(
        List.of(
            // Tier 1 spends 3 points a step whatever its reversibility; irreversible gives 3.
            new TierLeverage(1, 2, 6, 6),
            new TierLeverage(2, 0, 0, 0),
            new TierLeverage(3, 1, 1, 1),
            // No instrument: weighed by reversibility (at cost: 2); a blank step weighs nothing.
            new TierLeverage(null, 6, 10, 10)),
        tiers);
  }

  @Test
  void aTileRefusesAKeyItHasNoRowFor() {
    assertEquals("DRAFT", Tile.PIPELINE.normalize(" draft "));
    assertEquals("NONE", Tile.LEVERAGE.normalize("none"));
    assertEquals("APPROVED", Tile.DECISIONS.normalize("approved"));
    assertEquals(null, Tile.OVERDUE_SLOTS.normalize(" "));
    for (Tile tile : Tile.values()) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> tile.normalize("ATLANTIS"));
      assertEquals("key", refused.getField());
    }
    assertThrows(InvalidInputException.class, () -> Tile.LEVERAGE.normalize("0"));
    assertThrows(InvalidInputException.class, () -> Tile.OBJECTIONS.normalize("DRAFT"));
  }

  private static Object[] day(String date, String outcome, long count) {
    return new Object[] {LocalDate.parse(date).toEpochDay(), outcome, count};
  }
}
