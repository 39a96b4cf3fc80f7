package org.parley.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.identity.domain.SignInName;

/**
 * The one way a user name and password are checked, for pages and {@code /api} alike
 * (docs/adr/0003, 0009): sign-in throttling first, then the cache of recently verified credentials,
 * then the identity store's PBKDF2 check.
 *
 * <ol>
 *   <li>While the name is paused or locked, the attempt is refused without looking at the password
 *       (so even the right one fails), after spending the cost of a check on the decoy hash.
 *   <li>A name and password verified less than {@link #CACHE_TTL} ago are accepted from the cache.
 *   <li>Otherwise the identity store checks the password, one check per name at a time on this node
 *       ({@link NameGate}); a failure is counted and drops the name's cache entry.
 * </ol>
 *
 * Every refusal looks exactly like a wrong password to the caller: the same result, the same cost.
 */
@ApplicationScoped
public class SignInGuard {

  /** How long a verified credential is served from the cache. */
  static final Duration CACHE_TTL = Duration.ofMinutes(5);

  /** How many verified credentials the cache holds at most. */
  static final int CACHE_CAPACITY = 1_000;

  /** How long an attempt waits for another check of the same name to finish. */
  static final Duration GATE_WAIT = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

  @Inject private IdentityStoreHandler identityStore;
  @Inject private SignInThrottleService throttle;
  @Inject private PasswordHashing hashing;
  @Inject private Clock clock;

  private final NameGate gate = new NameGate();
  private CredentialCache cache;

  public SignInGuard() {}

  /** For unit tests, without CDI. */
  SignInGuard(
      IdentityStoreHandler identityStore,
      SignInThrottleService throttle,
      PasswordHashing hashing,
      Clock clock) {
    this.identityStore = identityStore;
    this.throttle = throttle;
    this.hashing = hashing;
    this.clock = clock;
    createCache();
  }

  @PostConstruct
  void createCache() {
    cache = new CredentialCache(clock, CACHE_TTL, CACHE_CAPACITY);
  }

  /**
   * Checks a user name and password sent from network address {@code source}.
   *
   * @return the identity store's valid result, or {@link CredentialValidationResult#INVALID_RESULT}
   *     for a wrong password, an unknown name and a refused attempt alike
   */
  public CredentialValidationResult validate(UsernamePasswordCredential credential, String source) {
    SignInName name = SignInName.of(credential.getCaller());
    char[] password = credential.getPassword().getValue();
    if (throttle.refusedUntil(name).isPresent()) {
      return refuse(name, password, source);
    }
    Optional<CredentialValidationResult> cached =
        cache.lookup(name.key(), credential.getCaller(), password);
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<NameGate.Pass> turn = gate.enter(name.key(), GATE_WAIT);
    if (turn.isEmpty()) {
      LOG.warning(() -> "Sign-in refused: too many checks of one name at once (" + name + ")");
      return CredentialValidationResult.INVALID_RESULT;
    }
    try (NameGate.Pass pass = turn.get()) {
      // Another attempt on the name may have failed, or succeeded, while this one waited.
      if (throttle.refusedUntil(name).isPresent()) {
        return refuse(name, password, source);
      }
      cached = cache.lookup(name.key(), credential.getCaller(), password);
      if (cached.isPresent()) {
        return cached.get();
      }
      CredentialValidationResult result = identityStore.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        cache.remember(name.key(), credential.getCaller(), password, result);
        return result;
      }
      cache.forget(name.key());
      countFailure(name, source);
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  /**
   * Forgets the verified credential of {@code username}, so that its next check goes to the
   * identity store: to be called when an account's password, roles or clearance change, or it is
   * disabled.
   */
  public void forget(String username) {
    cache.forget(SignInName.of(username).key());
  }

  private CredentialValidationResult refuse(SignInName name, char[] password, String source) {
    cache.forget(name.key());
    hashing.spendDecoyCost(password);
    throttle.recordRefusal(name, source);
    return CredentialValidationResult.INVALID_RESULT;
  }

  /**
   * Counts the failure; retried once when another node counted the same name's first failure at the
   * same moment (both inserted its row).
   */
  private void countFailure(SignInName name, String source) {
    try {
      throttle.recordFailure(name, source);
    } catch (PersistenceException collided) {
      LOG.fine(() -> "Counting a failure again after " + collided);
      throttle.recordFailure(name, source);
    }
  }
}
