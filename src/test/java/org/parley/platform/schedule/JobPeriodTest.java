package org.parley.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every node computes the same period grid from the epoch, so a claim names the same period
 * whichever node makes it, and the next run is always the start of the following period.
 */
class JobPeriodTest {

  private static final String PROPERTY = "parley.schedule.test-job";
  private static final JobPeriod MINUTE = new JobPeriod(Duration.ofMinutes(1));

  @AfterEach
  void clearProperty() {
    System.clearProperty(PROPERTY);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-29T10:15:00Z,     2026-11-29T10:15:00Z, 2026-11-29T10:16:00Z",
    "2026-11-29T10:15:00.001Z, 2026-11-29T10:15:00Z, 2026-11-29T10:16:00Z",
    "2026-11-29T10:15:59.999Z, 2026-11-29T10:15:00Z, 2026-11-29T10:16:00Z",
    "1969-12-31T23:59:30Z,     1969-12-31T23:59:00Z, 1970-01-01T00:00:00Z"
  })
  void anInstantFallsIntoOnePeriodAndTheNextRunIsTheFollowingOne(
      Instant now, Instant start, Instant next) {
    assertEquals(start, MINUTE.startOf(now));
    assertEquals(next, MINUTE.nextAfter(now));
  }

  @Test
  void theNextRunIsAlwaysLaterThanNowSoAClaimedPeriodCannotBeClaimedAgain() {
    JobPeriod period = new JobPeriod(Duration.ofMillis(700));
    Instant now = Instant.parse("2026-11-29T10:15:00Z");
    for (int i = 0; i < 5_000; i++, now = now.plusMillis(37)) {
      assertTrue(period.nextAfter(now).isAfter(now), now.toString());
      assertEquals(period.length(), Duration.between(period.startOf(now), period.nextAfter(now)));
    }
  }

  @ParameterizedTest
  @CsvSource({"PT1M, PT15S", "PT1H, PT15S", "PT2S, PT0.5S", "PT0.1S, PT0.25S"})
  void nodesAskAQuarterOfThePeriodApartWithinBounds(Duration length, Duration tick) {
    assertEquals(tick, new JobPeriod(length).tick());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT1M"})
  void aPeriodIsPositive(String length) {
    assertThrows(IllegalArgumentException.class, () -> new JobPeriod(Duration.parse(length)));
  }

  @Test
  void thePropertySetsThePeriodAndItsAbsenceLeavesTheDefault() {
    assertEquals(
        Duration.ofMinutes(1), JobPeriod.fromProperty(PROPERTY, Duration.ofMinutes(1)).length());
    System.setProperty(PROPERTY, " PT2S ");
    assertEquals(
        Duration.ofSeconds(2), JobPeriod.fromProperty(PROPERTY, Duration.ofMinutes(1)).length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"60", "1 minute", "PT0S", "-PT5S"})
  void aWrongPropertyStopsTheDeploymentWithAMessageNamingIt(String value) {
    System.setProperty(PROPERTY, value);

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> JobPeriod.fromProperty(PROPERTY, Duration.ofMinutes(1)));
    assertTrue(refused.getMessage().contains(PROPERTY), refused.getMessage());
  }
}
