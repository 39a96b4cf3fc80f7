package org.parley.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NameGateTest {

  private final NameGate gate = new NameGate();

  @Test
  void oneCheckPerNameAtATime() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<?>[] runs = new Future<?>[8];
      for (int i = 0; i < runs.length; i++) {
        runs[i] =
            threads.submit(
                () -> {
                  start.await();
                  try (NameGate.Pass pass = gate.enter("k", Duration.ofSeconds(10)).orElseThrow()) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    inside.decrementAndGet();
                  }
                  return null;
                });
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, most.get());
    assertEquals(0, gate.busyKeys(), "no slot is left behind");
  }

  @Test
  void differentNamesDoNotWaitForEachOther() {
    try (NameGate.Pass first = gate.enter("a", Duration.ZERO).orElseThrow();
        NameGate.Pass second = gate.enter("b", Duration.ZERO).orElseThrow()) {
      assertEquals(2, gate.busyKeys());
    }
    assertEquals(0, gate.busyKeys());
  }

  @Test
  void aTurnThatDoesNotComeInTimeIsRefusedAndLeavesNothingBehind() {
    try (NameGate.Pass holder = gate.enter("k", Duration.ZERO).orElseThrow()) {
      Optional<NameGate.Pass> late = gate.enter("k", Duration.ofMillis(20));

      assertTrue(late.isEmpty());
      assertEquals(1, gate.busyKeys());
    }
    assertEquals(0, gate.busyKeys());
    assertTrue(gate.enter("k", Duration.ZERO).isPresent());
  }
}
