package org.parley.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.access.application.Caller;
import org.parley.access.application.CurrentUser;
import org.parley.access.domain.Role;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.identity.domain.SignInName;
import org.parley.identity.domain.SignInThrottle;
import org.parley.identity.domain.SignInThrottleRepository;
import org.parley.identity.domain.ThrottlePolicy;
import org.parley.identity.domain.UserAccount;
import org.parley.identity.domain.UserAccountRepository;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;
import org.parley.support.MutableClock;

/**
 * The guard in front of the identity store, with the throttle service over in-memory rows: what is
 * refused, what the cache serves, what is counted and audited.
 */
class SignInGuardTest {

  private static final String RIGHT = "Parley-Demo-2026";
  private static final String SOURCE = "192.0.2.7";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final Store store = new Store();
  private final Hashing hashing = new Hashing();
  private final Rows rows = new Rows();
  private final Audit audit = new Audit();
  private final SignInThrottleService throttle =
      new SignInThrottleService(rows, new Accounts(), audit, new Admin(), clock);
  private final SignInGuard guard = new SignInGuard(store, throttle, hashing, clock);

  @Test
  void theRightPasswordIsCheckedOnceThenServedFromTheCacheUntilItExpires() {
    assertEquals(Status.VALID, attempt("drafter", RIGHT).getStatus());
    assertEquals(Status.VALID, attempt("drafter", RIGHT).getStatus());
    clock.advance(SignInGuard.CACHE_TTL.minusSeconds(1));
    assertEquals("drafter", attempt("drafter", RIGHT).getCallerPrincipal().getName());
    assertEquals(1, store.checks, "PBKDF2 once");

    clock.advance(Duration.ofSeconds(1));
    assertEquals(Status.VALID, attempt("drafter", RIGHT).getStatus());
    assertEquals(2, store.checks, "checked again once the entry expired");
  }

  @Test
  void aWrongPasswordIsNeverServedFromTheCacheAndDropsTheEntry() {
    attempt("drafter", RIGHT);

    assertEquals(Status.INVALID, attempt("drafter", "wrong").getStatus());
    assertEquals(2, store.checks, "the wrong password went to the store");

    attempt("drafter", RIGHT);
    assertEquals(3, store.checks, "the failure dropped the cached entry");
  }

  @Test
  void whilePausedEvenTheRightPasswordIsRefusedUncheckedAtTheCostOfACheck() {
    attempt("drafter", RIGHT);
    failTimes("drafter", 4);
    int checks = store.checks;

    CredentialValidationResult refused = attempt("drafter", RIGHT);

    assertEquals(CredentialValidationResult.INVALID_RESULT, refused);
    assertEquals(checks, store.checks, "the password was not looked at");
    assertEquals(1, hashing.decoys, "the decoy cost was paid instead");
    assertEquals(1, rows.of("drafter").getRefusedAttempts());

    clock.advance(ThrottlePolicy.FIRST_PAUSE);
    assertEquals(Status.VALID, attempt("drafter", RIGHT).getStatus());
  }

  @Test
  void aSuccessDoesNotResetTheSeries() {
    failTimes("drafter", 3);
    assertEquals(Status.VALID, attempt("drafter", RIGHT).getStatus());

    attempt("drafter", "wrong");

    assertEquals(4, rows.of("drafter").failuresAt(clock.instant()));
    assertTrue(rows.of("drafter").refuses(clock.instant()), "the fourth failure pauses");
  }

  @Test
  void theEighthFailureLocksAndEveryStepIsAudited() {
    failUntilLocked("nsc");

    assertEquals(Status.INVALID, attempt("nsc", RIGHT).getStatus());
    clock.advance(Duration.ofMinutes(59));
    assertEquals(Status.INVALID, attempt("nsc", RIGHT).getStatus());
    assertEquals(8, audit.count(AuditAction.SIGN_IN_FAILED));
    assertEquals(1, audit.count(AuditAction.SIGN_IN_LOCKED));
    assertTrue(audit.events.stream().allMatch(e -> e.actor().equals("nsc")));
    assertTrue(
        audit.events.get(0).detail().contains("from " + SOURCE), audit.events.get(0).detail());

    clock.advance(Duration.ofMinutes(1));
    assertEquals(Status.VALID, attempt("nsc", RIGHT).getStatus(), "the lock expired");
  }

  @Test
  void anAdministratorLiftsALockAndThatIsAudited() {
    failUntilLocked("nsc");
    SignInLock lock = throttle.lockOf("nsc");
    assertTrue(lock.locked());
    assertEquals(8, lock.failures());
    assertEquals(Map.of("nsc", lock), throttle.refusedAmong(List.of("nsc", "drafter")));

    assertTrue(throttle.unlock("nsc"));

    assertEquals(Status.VALID, attempt("nsc", RIGHT).getStatus());
    assertEquals(1, audit.count(AuditAction.SIGN_IN_UNLOCKED));
    assertEquals("admin", audit.last().actor());
    assertTrue(audit.last().detail().contains("nsc"), audit.last().detail());
    assertFalse(throttle.unlock("nsc"), "nothing left to lift");
    assertEquals(1, audit.count(AuditAction.SIGN_IN_UNLOCKED), "no event for nothing");
    assertThrows(NotFoundException.class, () -> throttle.unlock("nobody"));
  }

  @Test
  void unknownNamesAreCountedAndRefusedExactlyLikeAccountsButNeverNamedInTheAudit() {
    String typedPassword = "Hunter2-Secret";

    for (int i = 0; i < 4; i++) {
      assertEquals(CredentialValidationResult.INVALID_RESULT, attempt(typedPassword, "x"));
    }
    assertEquals(CredentialValidationResult.INVALID_RESULT, attempt(typedPassword, "x"));

    assertEquals(4, rows.of(typedPassword).failuresAt(clock.instant()));
    assertEquals(1, rows.of(typedPassword).getRefusedAttempts());
    assertTrue(audit.events.stream().allMatch(e -> e.actor().equals("(unknown name)")));
    assertTrue(audit.events.stream().noneMatch(e -> e.detail().contains(typedPassword)));
  }

  @Test
  void spellingsOfOneNameShareItsCount() {
    for (String spelling : new String[] {"NSC", " nsc", "Nsc", "nsc "}) {
      attempt(spelling, "wrong");
    }

    assertEquals(4, rows.of("nsc").failuresAt(clock.instant()));
    assertEquals(Status.INVALID, attempt("nsc", RIGHT).getStatus(), "paused");
  }

  @Test
  void aNewSeriesBeginsAnHourAfterTheFirstFailure() {
    failTimes("drafter", 3);
    clock.advance(ThrottlePolicy.SERIES);

    attempt("drafter", "wrong");

    assertEquals(1, rows.of("drafter").failuresAt(clock.instant()));
    assertFalse(rows.of("drafter").refuses(clock.instant()));
  }

  private CredentialValidationResult attempt(String name, String password) {
    return guard.validate(new UsernamePasswordCredential(name, password), SOURCE);
  }

  private void failTimes(String name, int times) {
    for (int i = 0; i < times; i++) {
      assertEquals(Status.INVALID, attempt(name, "wrong-" + i).getStatus());
    }
  }

  private void failUntilLocked(String name) {
    for (int i = 1; i <= ThrottlePolicy.LOCK_AT; i++) {
      SignInThrottle row = rows.find(SignInName.of(name)).orElse(null);
      if (row != null && row.refuses(clock.instant())) {
        clock.set(row.getRefusedUntil().orElseThrow());
      }
      attempt(name, "wrong");
    }
    assertTrue(rows.of(name).isLockedAt(clock.instant()));
  }

  /** The identity store: drafter and nsc with the demo password. */
  private static final class Store
      implements jakarta.security.enterprise.identitystore.IdentityStoreHandler {
    int checks;

    @Override
    public CredentialValidationResult validate(
        jakarta.security.enterprise.credential.Credential credential) {
      checks++;
      UsernamePasswordCredential given = (UsernamePasswordCredential) credential;
      boolean known = Set.of("drafter", "nsc").contains(given.getCaller());
      return known && given.getPasswordAsString().equals(RIGHT)
          ? new CredentialValidationResult(given.getCaller(), Set.of("ENVOY_STAFF"))
          : CredentialValidationResult.INVALID_RESULT;
    }
  }

  private static final class Hashing extends PasswordHashing {
    int decoys;

    @Override
    public void spendDecoyCost(char[] password) {
      decoys++;
    }
  }

  private static final class Rows implements SignInThrottleRepository {
    private final Map<String, SignInThrottle> byKey = new HashMap<>();

    SignInThrottle of(String name) {
      return find(SignInName.of(name)).orElseThrow();
    }

    @Override
    public Optional<SignInThrottle> find(SignInName name) {
      return Optional.ofNullable(byKey.get(name.key()));
    }

    @Override
    public Optional<SignInThrottle> findForUpdate(SignInName name) {
      return find(name);
    }

    @Override
    public List<SignInThrottle> findAll(Collection<SignInName> names) {
      return names.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public void add(SignInThrottle throttle) {
      byKey.put(throttle.getNameKey(), throttle);
    }

    @Override
    public void remove(SignInThrottle throttle) {
      byKey.remove(throttle.getNameKey());
    }

    @Override
    public int removeSpent(Instant now) {
      int before = byKey.size();
      byKey.values().removeIf(throttle -> throttle.isSpent(now));
      return before - byKey.size();
    }
  }

  private static final class Accounts implements UserAccountRepository {
    @Override
    public Optional<UserAccount> findByUsername(String username) {
      return Set.of("drafter", "nsc", "admin").contains(username)
          ? Optional.of(
              new UserAccount(
                  username,
                  username,
                  "hash",
                  null,
                  Classification.SECRET,
                  EnumSet.of(Role.ENVOY_STAFF)))
          : Optional.empty();
    }

    @Override
    public void recordSignIn(String username, Instant when) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<UserAccount> findPage(int first, int size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<Agency> agenciesWithReviewersClearedFor(Set<Classification> atOrAbove) {
      throw new UnsupportedOperationException();
    }
  }

  private record Event(String actor, AuditAction action, String detail) {}

  private static final class Audit extends AuditTrail {
    final List<Event> events = new ArrayList<>();

    @Override
    public void recordAccountEvent(String actor, AuditAction action, String detail) {
      events.add(new Event(actor, action, detail));
    }

    long count(AuditAction action) {
      return events.stream().filter(e -> e.action() == action).count();
    }

    Event last() {
      return events.get(events.size() - 1);
    }
  }

  private static final class Admin extends CurrentUser {
    @Override
    public Caller caller() {
      return new Caller(
          "admin", "Ada Admin", Set.of(Role.ADMIN), null, Classification.CONFIDENTIAL, null, null);
    }
  }
}
