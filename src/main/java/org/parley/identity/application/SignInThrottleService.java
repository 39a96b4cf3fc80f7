package org.parley.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parley.access.application.CurrentUser;
import org.parley.access.application.RequiresPermission;
import org.parley.access.domain.Permission;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.identity.domain.RecordedFailure;
import org.parley.identity.domain.SignInName;
import org.parley.identity.domain.SignInThrottle;
import org.parley.identity.domain.SignInThrottleRepository;
import org.parley.identity.domain.UserAccount;
import org.parley.identity.domain.UserAccountRepository;
import org.parley.shared.NotFoundException;

/**
 * Sign-in throttling (docs/adr/0010, {@link org.parley.identity.domain.ThrottlePolicy}): counts
 * failures per submitted name in the database, tells whether a name is refused, and lets
 * administrators see and lift a lock. Every failure, lock and unlock is written to the server log
 * and the audit trail (NIST SP 800-53 AC-7, AU-2); attempts refused unchecked are logged and
 * counted on the name.
 *
 * <p>Audit events name the account when one has the submitted name, and {@value #UNKNOWN_NAME}
 * otherwise: whatever else was typed into the name field (sometimes a password) is never recorded.
 */
@ApplicationScoped
@Transactional
public class SignInThrottleService {

  /** The actor of audit events about a name no account has. */
  static final String UNKNOWN_NAME = "(unknown name)";

  private static final Logger LOG = Logger.getLogger(SignInThrottleService.class.getName());

  @Inject private SignInThrottleRepository throttles;
  @Inject private UserAccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  public SignInThrottleService() {}

  /** For unit tests, without CDI. */
  SignInThrottleService(
      SignInThrottleRepository throttles,
      UserAccountRepository accounts,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.throttles = throttles;
    this.accounts = accounts;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Until when attempts on {@code name} are refused unchecked; empty when they are not. */
  @Transactional(TxType.SUPPORTS)
  public Optional<Instant> refusedUntil(SignInName name) {
    Instant now = clock.instant();
    return throttles
        .find(name)
        .filter(throttle -> throttle.refuses(now))
        .flatMap(SignInThrottle::getRefusedUntil);
  }

  /** Counts an attempt on {@code name} refused unchecked, from network address {@code source}. */
  public void recordRefusal(SignInName name, String source) {
    throttles.findForUpdate(name).ifPresent(SignInThrottle::recordRefusal);
    String label = label(name);
    LOG.info(() -> "Sign-in refused unchecked (paused or locked) for " + label + from(source));
  }

  /**
   * Counts a failed password check on {@code name} from network address {@code source}: it may
   * pause or lock the name. Audited as {@code SIGN_IN_FAILED}, and {@code SIGN_IN_LOCKED} when it
   * locks the name. Rows of names whose series are over are deleted on the way.
   */
  public RecordedFailure recordFailure(SignInName name, String source) {
    Instant now = clock.instant();
    throttles.removeSpent(now);
    SignInThrottle throttle =
        throttles
            .findForUpdate(name)
            .orElseGet(
                () -> {
                  SignInThrottle first = new SignInThrottle(name);
                  throttles.add(first);
                  return first;
                });
    RecordedFailure failure = throttle.recordFailure(now);
    String label = label(name);
    String detail =
        "Sign-in failed: failure "
            + failure.failureInSeries()
            + " of the series"
            + (failure.refusedUntil() == null
                ? ""
                : "; sign-in refused until " + failure.refusedUntil())
            + from(source)
            + "; name key "
            + name.key().substring(0, 12);
    audit.recordAccountEvent(label, AuditAction.SIGN_IN_FAILED, detail);
    LOG.info(() -> detail.replace("Sign-in failed", "Sign-in failed for " + label));
    if (failure.locked()) {
      String lock =
          "Sign-in locked after "
              + failure.failureInSeries()
              + " failures until "
              + failure.refusedUntil()
              + from(source);
      audit.recordAccountEvent(label, AuditAction.SIGN_IN_LOCKED, lock);
      LOG.warning(() -> lock.replace("Sign-in locked", "Sign-in locked for " + label));
    }
    return failure;
  }

  /** Where {@code username} stands with throttling. Administrators only. */
  @RequiresPermission(Permission.MANAGE_SIGN_IN_LOCKS)
  @Transactional(TxType.SUPPORTS)
  public SignInLock lockOf(String username) {
    UserAccount account = account(username);
    SignInName name = SignInName.of(account.getUsername());
    return SignInLock.of(account.getUsername(), throttles.find(name).orElse(null), clock.instant());
  }

  /**
   * The accounts among {@code usernames} whose sign-in is refused now (paused or locked), by
   * username. Administrators only.
   */
  @RequiresPermission(Permission.MANAGE_SIGN_IN_LOCKS)
  @Transactional(TxType.SUPPORTS)
  public Map<String, SignInLock> refusedAmong(Collection<String> usernames) {
    Instant now = clock.instant();
    Map<String, String> usernameByKey =
        usernames.stream()
            .distinct()
            .collect(
                Collectors.toMap(u -> SignInName.of(u).key(), Function.identity(), (a, b) -> a));
    return throttles.findAll(usernames.stream().map(SignInName::of).toList()).stream()
        .filter(throttle -> throttle.refuses(now))
        .map(throttle -> SignInLock.of(usernameByKey.get(throttle.getNameKey()), throttle, now))
        .collect(Collectors.toMap(SignInLock::username, Function.identity(), (a, b) -> a));
  }

  /**
   * Lifts the pause or lock on {@code username} and forgets its failures. Administrators only;
   * audited as {@code SIGN_IN_UNLOCKED} when there was something to lift.
   *
   * @return whether there was a pause, lock or failure count to lift
   * @throws NotFoundException when no account has that name
   */
  @RequiresPermission(Permission.MANAGE_SIGN_IN_LOCKS)
  public boolean unlock(String username) {
    UserAccount account = account(username);
    Instant now = clock.instant();
    Optional<SignInThrottle> throttle =
        throttles.findForUpdate(SignInName.of(account.getUsername()));
    if (throttle.isEmpty()) {
      return false;
    }
    SignInLock before = SignInLock.of(account.getUsername(), throttle.get(), now);
    throttles.remove(throttle.get());
    if (throttle.get().isSpent(now)) {
      return false;
    }
    String admin = currentUser.caller().username();
    String detail =
        "Sign-in unlocked for "
            + account.getUsername()
            + ": "
            + before.failures()
            + " failures in the series"
            + (before.refused()
                ? ", " + (before.locked() ? "locked" : "paused") + " until " + before.refusedUntil()
                : ", not refused")
            + ", "
            + before.refusedAttempts()
            + " attempts refused";
    audit.recordAccountEvent(admin, AuditAction.SIGN_IN_UNLOCKED, detail);
    LOG.warning(() -> detail + "; by " + admin);
    return true;
  }

  private UserAccount account(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("No user is named " + username + "."));
  }

  /** The account's name when one has the submitted name; never the submitted text otherwise. */
  private String label(SignInName name) {
    return accounts
        .findByUsername(name.normalised())
        .map(UserAccount::getUsername)
        .orElse(UNKNOWN_NAME);
  }

  /** The network address, stripped of anything that could forge a log line. */
  private static String from(String source) {
    return source == null ? "" : "; from " + source.replaceAll("[^0-9A-Za-z.:\\[\\]%-]", "?");
  }
}
