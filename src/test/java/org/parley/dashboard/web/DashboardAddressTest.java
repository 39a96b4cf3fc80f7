package org.parley.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.dashboard.application.DashboardFilter;
import org.parley.dashboard.application.Tile;
import org.parley.shared.InvalidInputException;

class DashboardAddressTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final Function<String, String> MSG = key -> "text of " + key;

  @Test
  void anEmptyAddressShowsTheLastNinetyDaysOfEveryTrackAndFillsTheForm() {
    DashboardAddress address = new DashboardAddress();
    DashboardFilter filter = address.filter(TODAY, MSG);
    assertEquals(new DashboardFilter(null, LocalDate.of(2026, 9, 2), TODAY), filter);
    assertNull(address.getTrackId());
    assertEquals(LocalDate.of(2026, 9, 2), address.getFrom());
    assertEquals(TODAY, address.getTo());
  }

  @Test
  void theAddressNamesTrackAndPeriod() {
    DashboardAddress address = new DashboardAddress();
    address.setTrackIdText("2");
    address.setFromText("2026-01-01");
    address.setToText("2026-06-30");
    DashboardFilter filter = address.filter(TODAY, MSG);
    assertEquals(
        new DashboardFilter(2L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), filter);
    assertEquals("&trackId=2&from=2026-01-01&to=2026-06-30", DashboardAddress.query(filter));
  }

  @Test
  void aFilterForEveryTrackLeavesTheTrackOutOfTheAddress() {
    assertEquals(
        "&from=2026-01-01&to=2026-01-31",
        DashboardAddress.query(
            new DashboardFilter(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))));
  }

  @Test
  void malformedParametersNameTheirField() {
    assertField("track", "text of dashboard.invalidTrack", a -> a.setTrackIdText("one"));
    assertField("track", "text of dashboard.invalidTrack", a -> a.setTrackIdText("-3"));
    assertField("from", "text of dashboard.invalidDate", a -> a.setFromText("2026-13-01"));
    assertField("to", "text of dashboard.invalidDate", a -> a.setToText("yesterday"));
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedAtItsStart() {
    assertField(
        "from",
        "The period must start on or before its last day.",
        a -> {
          a.setFromText("2026-05-01");
          a.setToText("2026-04-01");
        });
  }

  @Test
  void theFormAppliesItsOwnValues() {
    DashboardAddress address = new DashboardAddress();
    address.setTrackId(1L);
    address.setFrom(LocalDate.of(2026, 3, 1));
    address.setTo(null);
    assertEquals(
        new DashboardFilter(1L, LocalDate.of(2026, 3, 1), TODAY), address.formFilter(TODAY));
  }

  @Test
  void theAddressMayOpenATileInEitherSpelling() {
    DashboardAddress address = new DashboardAddress();
    assertEquals(java.util.Optional.empty(), address.tile(MSG));
    address.setTileText("clearance-time");
    assertEquals(Tile.CLEARANCE_TIME, address.tile(MSG).orElseThrow());
    address.setTileText("OVERDUE_SLOTS");
    assertEquals(Tile.OVERDUE_SLOTS, address.tile(MSG).orElseThrow());
    address.setTileText("gossip");
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> address.tile(MSG));
    assertEquals("tile", invalid.getField());
  }

  private static void assertField(
      String field, String message, java.util.function.Consumer<DashboardAddress> fill) {
    DashboardAddress address = new DashboardAddress();
    fill.accept(address);
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> address.filter(TODAY, MSG));
    assertEquals(field, invalid.getField());
    assertEquals(message, invalid.getMessage());
  }
}
