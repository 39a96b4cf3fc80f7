package org.parley.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.function.Supplier;
import org.parley.shared.AccessDeniedException;

/**
 * One attempt at an idempotent command, in one transaction: replay the stored outcome of the
 * caller's key, or claim the key, run the command and store its outcome. The claim is inserted and
 * flushed before the command runs, so that a second request with the same key collides on the
 * primary key at once: on PostgreSQL its insert waits for the first transaction and then fails, on
 * H2 it fails at once; either way {@link IdempotentCommands} tries again until the first has
 * committed (replay) or rolled back (run).
 */
@ApplicationScoped
@Transactional
public class IdempotencyLedger {

  /** Outcomes are stored in JSON-B's default form; only this class reads them back. */
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;
  @Inject private HttpServletRequest request;
  @Inject private Clock clock;

  /**
   * The stored outcome of the caller's {@code request.key()}, or the outcome of {@code command} run
   * now and stored under that key in the same transaction.
   *
   * @throws IdempotencyKeyReusedException the key was used for another command
   * @throws KeyInUse another transaction holds the key (still running, or just committed)
   */
  <T> Outcome<T> attempt(IdempotentRequest request, Class<T> type, Supplier<T> command) {
    String username = callerName();
    IdempotencyRecord stored =
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(username, request.key()));
    if (stored != null) {
      return new Outcome<>(replay(stored, request, type), true);
    }
    IdempotencyRecord claim = new IdempotencyRecord(username, request, clock.instant());
    try {
      em.persist(claim);
      em.flush();
    } catch (PersistenceException taken) {
      throw new KeyInUse(taken);
    }
    T result = command.get();
    claim.complete(encode(result));
    return new Outcome<>(result, false);
  }

  /**
   * Whose keys these are: the name the caller signed in with. Read from the request, not from the
   * access kernel, so that the platform knows no feature (docs/adr/0021); every command that gets
   * here has passed authentication already.
   */
  private String callerName() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      throw new AccessDeniedException("Sign in first.");
    }
    return principal.getName();
  }

  private static <T> T replay(IdempotencyRecord stored, IdempotentRequest request, Class<T> type) {
    if (!stored.isFor(request)) {
      throw new IdempotencyKeyReusedException(
          "You used this "
              + IdempotencyKey.HEADER
              + " at "
              + stored.getCreatedAt()
              + " for another request ("
              + stored.getRequest()
              + "). Send a new key with every new request; send a key again only to retry the very"
              + " same request.");
    }
    return decode(stored.getOutcome(), type);
  }

  static String encode(Object result) {
    return JSON.toJson(result);
  }

  static <T> T decode(String outcome, Class<T> type) {
    return JSON.fromJson(outcome, type);
  }

  /** Another transaction holds the key: try again once it has ended. */
  static final class KeyInUse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KeyInUse(Throwable cause) {
      super("The idempotency key is held by another transaction", cause);
    }
  }
}
