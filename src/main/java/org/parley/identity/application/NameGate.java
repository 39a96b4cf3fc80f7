package org.parley.identity.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets one password check at a time run per name key on this node, so that a burst of parallel
 * guesses cannot all be checked before the first failure is counted: each guess sees the count the
 * previous one left (docs/adr/0010). A key's slot exists only while someone holds or awaits it, so
 * the gate holds no more entries than there are requests in flight.
 */
final class NameGate {

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  /**
   * Waits up to {@code wait} for the key's turn; empty when it did not come (or the thread was
   * interrupted). The pass must be closed.
   */
  Optional<Pass> enter(String key, Duration wait) {
    Slot slot =
        slots.compute(key, (k, existing) -> (existing == null ? new Slot() : existing).join());
    boolean entered;
    try {
      entered = slot.turn.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      leave(key);
      return Optional.empty();
    }
    return Optional.of(
        () -> {
          slot.turn.release();
          leave(key);
        });
  }

  /** How many keys have someone holding or awaiting their turn. */
  int busyKeys() {
    return slots.size();
  }

  private void leave(String key) {
    slots.computeIfPresent(key, (k, slot) -> slot.part() == 0 ? null : slot);
  }

  /** A turn at the gate; closing it lets the next one in. */
  interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Slot {
    private final Semaphore turn = new Semaphore(1);
    private int users;

    /** Called under the map's lock for the key. */
    Slot join() {
      users++;
      return this;
    }

    /** Called under the map's lock for the key; how many users remain. */
    int part() {
      return --users;
    }
  }
}
