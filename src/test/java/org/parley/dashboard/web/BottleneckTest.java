package org.parley.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.dashboard.application.Bottleneck;
import org.parley.dashboard.application.DashboardFigures.ClearanceTime;
import org.parley.shared.Agency;

class BottleneckTest {

  @Test
  void theSlowestMedianIsTheBottleneck() {
    Bottleneck slowest =
        Bottleneck.of(
                List.of(
                    new ClearanceTime(Agency.STATE, 4, 10.0, 30.0),
                    new ClearanceTime(Agency.TREASURY, 2, 48.5, 60.0),
                    new ClearanceTime(Agency.ENERGY, 0, null, null)))
            .orElseThrow();
    assertEquals(new Bottleneck(Agency.TREASURY, 48.5, 60.0, 2), slowest);
  }

  @Test
  void theNinetiethPercentileBreaksATie() {
    assertEquals(
        Agency.DEFENSE,
        Bottleneck.of(
                List.of(
                    new ClearanceTime(Agency.STATE, 4, 10.0, 30.0),
                    new ClearanceTime(Agency.DEFENSE, 4, 10.0, 31.0)))
            .orElseThrow()
            .agency());
  }

  @Test
  void agenciesWithoutPositionsNameNoBottleneck() {
    assertTrue(
        Bottleneck.of(
                List.of(
                    new ClearanceTime(Agency.STATE, 0, null, null),
                    new ClearanceTime(Agency.IC, 0, null, null)))
            .isEmpty());
  }
}
