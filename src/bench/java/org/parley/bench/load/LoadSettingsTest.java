package org.parley.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

  private final LoadSettings settings =
      new LoadSettings(
          URI.create("http://localhost:8080"),
          Duration.ofSeconds(60),
          Duration.ofSeconds(10),
          32,
          Duration.ofSeconds(5),
          100,
          Duration.ofSeconds(20),
          Duration.ofSeconds(3));

  @Test
  void onlyRequestsStartingAfterRampUpAndWarmUpAndBeforeTheEndAreMeasured() {
    Duration rampUp = Duration.ofSeconds(20);
    assertEquals(LoadSettings.Phase.WARM_UP, settings.phaseOf(Duration.ofSeconds(0), rampUp));
    assertEquals(LoadSettings.Phase.WARM_UP, settings.phaseOf(Duration.ofMillis(29_999), rampUp));
    assertEquals(LoadSettings.Phase.STEADY, settings.phaseOf(Duration.ofSeconds(30), rampUp));
    assertEquals(LoadSettings.Phase.STEADY, settings.phaseOf(Duration.ofMillis(89_999), rampUp));
    assertEquals(LoadSettings.Phase.COOL_DOWN, settings.phaseOf(Duration.ofSeconds(90), rampUp));
    assertEquals(Duration.ofSeconds(90), settings.total(rampUp));
  }

  @Test
  void phasesNameTheirRequests() {
    assertEquals("jsf ajax", LoadSettings.Phase.STEADY.name("jsf ajax"));
    assertEquals("warm-up jsf ajax", LoadSettings.Phase.WARM_UP.name("jsf ajax"));
    assertEquals("cool-down jsf ajax", LoadSettings.Phase.COOL_DOWN.name("jsf ajax"));
  }

  @Test
  void readsSystemPropertiesWithDefaults() {
    System.setProperty("bench.load.baseUrl", "http://localhost:8580/");
    System.setProperty("bench.load.seconds", "1.5");
    try {
      LoadSettings read = LoadSettings.fromSystemProperties();
      assertEquals(URI.create("http://localhost:8580"), read.baseUrl());
      assertEquals(Duration.ofMillis(1500), read.steady());
      assertEquals(32, read.restUsers());
      assertEquals(100, read.jsfUsers());
      assertEquals(Duration.ofSeconds(3), read.thinkTime());
    } finally {
      System.clearProperty("bench.load.baseUrl");
      System.clearProperty("bench.load.seconds");
    }
  }
}
