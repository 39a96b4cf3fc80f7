package org.parley.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Page;
import org.parley.support.PageSession;
import org.parley.support.SignInLocks;
import org.parley.support.database.DatabaseSensitive;

/**
 * Battery 5 of the Security issue, login throttling (ASVS 4.0.3 V2.2.1, NIST SP 800-53 AC-7): on a
 * real demo account, failures over REST (HTTP Basic) and over the sign-in page count together, are
 * slowed by pauses and then locked; while refused, even the right password fails, and every refusal
 * answers exactly like a wrong password and like an unknown name, in the same time. An
 * administrator lifts the lock at the end, so that later ITs can use the account.
 *
 * <p>Prints {@code BATTERY login-throttling: attempts=N refused=M leaks=0}.
 */
@DatabaseSensitive("the throttle's failure counts and locks as rows, updated under load")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottlingIT {

  /** A demo reviewer no other IT uses while this one runs (ITs run one after another). */
  private static final String ACCOUNT = "energy";

  private static final String WRONG = "not-the-password";
  private static final String PAGE_FAILED =
      "Sign-in failed: wrong username or password."
          + " After repeated failures, sign-in pauses for a while.";

  /** Medians of the two kinds of failure may differ by this factor at most (noisy machines). */
  private static final double TIMING_TOLERANCE = 2.0;

  private final List<String> leaks = new ArrayList<>();
  private final List<Long> existingNanos = new ArrayList<>();
  private final List<Long> unknownNanos = new ArrayList<>();
  private final List<Long> refusedNanos = new ArrayList<>();
  private int attempts;
  private int refused;

  private HttpResponse<String> wrongAnswer;

  @BeforeAll
  void startClean() {
    SignInLocks.lift(ACCOUNT);
  }

  @AfterAll
  void liftTheLock() {
    SignInLocks.lift(ACCOUNT);
  }

  @Test
  void failuresAreSlowedThenLockedOverRestAndPagesAlikeWithoutRevealingTheAccount() {
    // 1-3: free failures over REST, each beside an unknown name for the timing comparison.
    wrongAnswer = restFailure();
    compareToUnknownName();
    restFailure();
    compareToUnknownName();
    restFailure();
    compareToUnknownName();
    assertEquals(3, SignInLocks.of(ACCOUNT).getInt("failures"));
    assertTrue(!SignInLocks.of(ACCOUNT).getBoolean("refused"), "three failures are free");

    // 4: the first pause, one second: even the right password is refused now.
    restFailure();
    restRefusal();
    compareToUnknownName();
    JsonObject paused = SignInLocks.of(ACCOUNT);
    assertEquals(4, paused.getInt("failures"));
    assertTrue(!paused.getBoolean("locked"), "a pause, not yet a lock");

    // 5 over REST, 6 and 7 on the sign-in page: one count for both; each waits out its pause.
    waitOutThePause();
    restFailure();
    compareToUnknownName();
    waitOutThePause();
    pageFailure();
    waitOutThePause();
    pageFailure();
    // The seventh failure pauses for eight seconds: refused on the page and over REST alike.
    pageRefusal();
    restRefusal();
    JsonObject longerPause = SignInLocks.of(ACCOUNT);
    assertEquals(7, longerPause.getInt("failures"));
    assertTrue(longerPause.getBoolean("refused"), longerPause.toString());
    assertTrue(!longerPause.getBoolean("locked"), "still a pause");

    // 8: the lock, an hour long.
    waitOutThePause();
    restFailure();
    compareToUnknownName();
    JsonObject locked = SignInLocks.of(ACCOUNT);
    assertTrue(locked.getBoolean("locked"), locked.toString());
    assertEquals(8, locked.getInt("failures"));
    Instant until = Instant.parse(locked.getString("refusedUntil"));
    assertTrue(
        until.isAfter(Instant.now().plus(Duration.ofMinutes(59))), "locked for an hour: " + until);
    for (int i = 0; i < 3; i++) {
      restRefusal();
    }
    pageRefusal();
    unknownNameOnThePage();
    assertEquals(refused, SignInLocks.of(ACCOUNT).getInt("refusedAttempts"));

    compareTimings();

    // The administrator lifts the lock: the right password works again, on both paths.
    SignInLocks.lift(ACCOUNT);
    assertEquals(0, SignInLocks.of(ACCOUNT).getInt("failures"));
    attempts++;
    assertEquals(200, rest(DemoUsers.PASSWORD).statusCode());
    attempts++;
    assertEquals("/", new PageSession().signInAs(ACCOUNT).get("/").uri().getPath());

    System.out.println(
        "BATTERY login-throttling: attempts="
            + attempts
            + " refused="
            + refused
            + " leaks="
            + leaks.size());
    assertEquals(List.of(), leaks);
  }

  // --- REST ---

  private HttpResponse<String> restFailure() {
    attempts++;
    long start = System.nanoTime();
    HttpResponse<String> answer = rest(WRONG);
    existingNanos.add(System.nanoTime() - start);
    assertEquals(401, answer.statusCode(), answer.body());
    return answer;
  }

  private void restRefusal() {
    attempts++;
    refused++;
    long start = System.nanoTime();
    HttpResponse<String> answer = rest(DemoUsers.PASSWORD);
    refusedNanos.add(System.nanoTime() - start);
    sameAnswer("REST refusal of the right password", answer);
  }

  /** An unknown name, tried once each (so never paused): the same answer as the account's. */
  private void compareToUnknownName() {
    attempts++;
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    long start = System.nanoTime();
    HttpResponse<String> answer = Api.send(Api.request("/api/me", nobody, WRONG));
    unknownNanos.add(System.nanoTime() - start);
    sameAnswer("REST unknown name", answer);
  }

  private static HttpResponse<String> rest(String password) {
    return Api.send(Api.request("/api/me", ACCOUNT, password));
  }

  private void sameAnswer(String what, HttpResponse<String> answer) {
    if (answer.statusCode() != wrongAnswer.statusCode()
        || !answer.body().equals(wrongAnswer.body())
        || !answer
            .headers()
            .allValues("WWW-Authenticate")
            .equals(wrongAnswer.headers().allValues("WWW-Authenticate"))
        || !answer
            .headers()
            .allValues("Content-Type")
            .equals(wrongAnswer.headers().allValues("Content-Type"))) {
      leaks.add(what + " answered " + answer.statusCode() + " " + answer.body());
    }
  }

  // --- pages ---

  private void pageFailure() {
    attempts++;
    Page answer = new PageSession().signIn(ACCOUNT, WRONG);
    assertEquals(List.of(PAGE_FAILED), answer.messages(), answer.body());
  }

  private void pageRefusal() {
    attempts++;
    refused++;
    samePageAnswer("page refusal of the right password", ACCOUNT, DemoUsers.PASSWORD);
  }

  private void unknownNameOnThePage() {
    attempts++;
    samePageAnswer("page unknown name", "nobody-" + UUID.randomUUID(), WRONG);
  }

  private void samePageAnswer(String what, String username, String password) {
    Page answer = new PageSession().signIn(username, password);
    if (answer.status() != 200
        || !answer.messages().equals(List.of(PAGE_FAILED))
        || !answer.form("login-form").fields().keySet().equals(loginFields())) {
      leaks.add(what + " answered " + answer.status() + " " + answer.messages());
    }
  }

  private static Set<String> loginFields() {
    return new PageSession().get("/login.xhtml").form("login-form").fields().keySet();
  }

  // --- timing ---

  /** Waits until the account's running pause is over (server and tests share one clock). */
  private static void waitOutThePause() {
    JsonObject lock = SignInLocks.of(ACCOUNT);
    if (!lock.getBoolean("refused")) {
      return;
    }
    Duration left =
        Duration.between(Instant.now(), Instant.parse(lock.getString("refusedUntil")))
            .plusMillis(100);
    if (!left.isNegative()) {
      try {
        Thread.sleep(left.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Median times of a wrong password on the account, of an unknown name, and of a refusal: within a
   * factor of {@value #TIMING_TOLERANCE} of each other. Without the decoy hash an unknown name
   * answered some 20 to 100 times faster than an existing account.
   */
  private void compareTimings() {
    long existing = median(existingNanos);
    long unknown = median(unknownNanos);
    long refusal = median(refusedNanos);
    System.out.printf(
        "login-throttling timing: existing %d ms (n=%d), unknown %d ms (n=%d), refused %d ms (n=%d)%n",
        existing / 1_000_000,
        existingNanos.size(),
        unknown / 1_000_000,
        unknownNanos.size(),
        refusal / 1_000_000,
        refusedNanos.size());
    for (long other : new long[] {unknown, refusal}) {
      double ratio = (double) other / existing;
      if (ratio < 1 / TIMING_TOLERANCE || ratio > TIMING_TOLERANCE) {
        leaks.add("timing: " + other / 1_000_000 + " ms against " + existing / 1_000_000 + " ms");
      }
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
