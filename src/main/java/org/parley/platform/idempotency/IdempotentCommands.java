package org.parley.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.parley.shared.ConflictException;

/**
 * Runs a workflow command at most once per user and idempotency key (docs/adr/0012), for pages and
 * REST alike. The first request with a key runs the command and stores its result in the command's
 * own transaction; every later request of the same user with that key and the same fingerprint gets
 * that result back, marked replayed, and nothing is applied again. A key used before for another
 * command is refused (422); a command that fails stores nothing, so its retry runs again.
 *
 * <p>Two requests with one key at the same instant: the second waits (at most {@link #PATIENCE})
 * until the first has committed and then gets its result, or until it has rolled back and then runs
 * itself. Past that wait it is told the first is still being processed (409).
 */
@ApplicationScoped
public class IdempotentCommands {

  /**
   * How long a request waits for another one holding its key; the lock timeout of docs/adr/0006.
   */
  static final Duration PATIENCE = Duration.ofSeconds(10);

  private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
  private static final Duration LONGEST_PAUSE = Duration.ofMillis(250);
  private static final Logger LOG = Logger.getLogger(IdempotentCommands.class.getName());

  @Inject private IdempotencyLedger ledger;

  private final Duration patience;

  public IdempotentCommands() {
    this.patience = PATIENCE;
  }

  /** For unit tests, without CDI. */
  IdempotentCommands(IdempotencyLedger ledger, Duration patience) {
    this.ledger = ledger;
    this.patience = patience;
  }

  /**
   * Runs {@code command} once for the caller's {@code request.key()}, in a transaction of its own
   * (so it must not be called inside one); its result must be JSON-B serialisable as {@code type}.
   *
   * @throws IdempotencyKeyReusedException the key was used before for a different command
   * @throws ConflictException another request with the key was still running after {@link
   *     #PATIENCE}
   */
  @Transactional(TxType.NEVER)
  public <T> Outcome<T> run(IdempotentRequest request, Class<T> type, Supplier<T> command) {
    long deadline = System.nanoTime() + patience.toNanos();
    Duration pause = FIRST_PAUSE;
    while (true) {
      try {
        return ledger.attempt(request, type, command);
      } catch (IdempotencyLedger.KeyInUse inUse) {
        LOG.fine(() -> "Idempotency key in use, waiting: " + inUse.getCause());
        if (System.nanoTime() + pause.toNanos() > deadline) {
          throw new ConflictException(
              "A request with this idempotency key is still being processed. Send it again in a"
                  + " moment: it will then be answered as the first one was.");
        }
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                ? LONGEST_PAUSE
                : pause.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("Interrupted while waiting for the same request to finish.");
    }
  }
}
