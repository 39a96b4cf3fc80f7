package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.shared.ConflictException;

/** The waiting of {@link IdempotentCommands} for a key another transaction holds. */
class IdempotentCommandsTest {

  private static final IdempotentRequest REQUEST =
      IdempotentRequest.ofPage(new IdempotencyKey("k1"), "submit proposal", 1L);

  /** A ledger whose key is held for the first {@code busy} attempts, then replays "first". */
  private static final class HeldLedger extends IdempotencyLedger {
    final AtomicInteger attempts = new AtomicInteger();
    private final int busy;

    HeldLedger(int busy) {
      this.busy = busy;
    }

    @Override
    <T> Outcome<T> attempt(IdempotentRequest request, Class<T> type, Supplier<T> command) {
      if (attempts.incrementAndGet() <= busy) {
        throw new KeyInUse(new IllegalStateException("duplicate key"));
      }
      return new Outcome<>(type.cast("first"), true);
    }
  }

  @Test
  void aRequestWhoseKeyIsHeldWaitsAndThenGetsTheStoredOutcome() {
    HeldLedger ledger = new HeldLedger(3);
    Outcome<String> outcome =
        new IdempotentCommands(ledger, Duration.ofSeconds(5))
            .run(REQUEST, String.class, () -> "second");
    assertEquals("first", outcome.result());
    assertTrue(outcome.replayed());
    assertEquals(4, ledger.attempts.get());
  }

  @Test
  void aKeyHeldLongerThanThePatienceAnswersTheConflictOfARequestStillRunning() {
    HeldLedger ledger = new HeldLedger(Integer.MAX_VALUE);
    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () ->
                new IdempotentCommands(ledger, Duration.ofMillis(200))
                    .run(REQUEST, String.class, () -> "second"));
    assertTrue(refused.getMessage().contains("still being processed"), refused.getMessage());
    assertTrue(ledger.attempts.get() > 1);
  }

  @Test
  void aFreeKeyRunsOnce() {
    IdempotencyLedger ledger =
        new IdempotencyLedger() {
          @Override
          <T> Outcome<T> attempt(IdempotentRequest request, Class<T> type, Supplier<T> command) {
            return new Outcome<>(command.get(), false);
          }
        };
    AtomicInteger runs = new AtomicInteger();
    Outcome<Integer> outcome =
        new IdempotentCommands(ledger, Duration.ofSeconds(1))
            .run(REQUEST, Integer.class, runs::incrementAndGet);
    assertEquals(1, outcome.result());
    assertFalse(outcome.replayed());
    assertEquals(1, runs.get());
  }

  @Test
  void storedOutcomesReadBackAsTheyWereWritten() {
    StoredResponse created =
        new StoredResponse(201, "{\"id\":5,\"title\":\"T\"}", "http://h/api/proposals/5", "\"0\"");
    assertEquals(
        created, IdempotencyLedger.decode(IdempotencyLedger.encode(created), StoredResponse.class));
    StoredResponse bodyless = new StoredResponse(204, null, null, null);
    assertEquals(
        bodyless,
        IdempotencyLedger.decode(IdempotencyLedger.encode(bodyless), StoredResponse.class));
    assertEquals(3, IdempotencyLedger.decode(IdempotencyLedger.encode(3), Integer.class));
    assertEquals(7L, IdempotencyLedger.decode(IdempotencyLedger.encode(7L), Long.class));
    assertEquals(true, IdempotencyLedger.decode(IdempotencyLedger.encode(true), Boolean.class));
  }
}
