package org.parley.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PushThrottleTest {

  private final PushThrottle throttle = new PushThrottle(2000);

  @Test
  void theFirstSignalIsSentAtOnce() {
    assertEquals(0, throttle.request(10_000));
  }

  @Test
  void signalsWhileAPushIsDueJoinIt() {
    assertEquals(0, throttle.request(10_000));
    assertEquals(PushThrottle.ALREADY_DUE, throttle.request(10_001));
    assertEquals(PushThrottle.ALREADY_DUE, throttle.request(10_002));
  }

  @Test
  void aBurstAfterAPushWaitsForTheEndOfTheInterval() {
    throttle.request(10_000);
    throttle.sending(10_000);
    assertEquals(1500, throttle.request(10_500));
    assertEquals(PushThrottle.ALREADY_DUE, throttle.request(10_600));
    throttle.sending(12_000);
    assertEquals(2000, throttle.request(12_000));
  }

  @Test
  void aSignalAfterAQuietIntervalIsSentAtOnce() {
    throttle.request(10_000);
    throttle.sending(10_000);
    assertEquals(0, throttle.request(15_000));
  }

  @Test
  void aThousandTransitionsInTwoSecondsMakeAtMostTwoPushes() {
    int scheduled = 0;
    long dueAt = -1;
    for (long now = 0; now < 2000; now += 2) {
      if (dueAt >= 0 && now >= dueAt) {
        throttle.sending(now);
        dueAt = -1;
      }
      long delay = throttle.request(now);
      if (delay != PushThrottle.ALREADY_DUE) {
        scheduled++;
        dueAt = now + delay;
      }
    }
    assertEquals(2, scheduled);
  }

  @Test
  void theIntervalMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new PushThrottle(0));
  }
}
