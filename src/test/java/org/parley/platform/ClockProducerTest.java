package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.RepeatedTest;

class ClockProducerTest {

  @RepeatedTest(5)
  void theClockIsUtcAndTicksInWholeMicrosecondsAsTheDatabaseStoresThem() {
    Clock clock = new ClockProducer().clock();
    Instant now = clock.instant();

    assertEquals(ZoneOffset.UTC, clock.getZone());
    assertEquals(0, now.getNano() % 1_000, now.toString());
  }
}
