package org.parley.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertInvalid;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.AGENCIES;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.takePosition;
import static org.parley.support.Workflow.token;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.DemoUsers.DemoUser;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code GET /api/audit/verification} against the running server (battery 7, docs/adr/0009): the
 * live audit chain, with everything the other ITs recorded, verifies intact, also right after
 * transactions that appended at the same moment; only auditors may ask. Ordered after every other
 * IT class (src/test/resources/junit-platform.properties), so that it verifies their work.
 */
@DatabaseSensitive(
    "the live audit chain: its links as the database stores and orders them, after appends at the same moment")
@Order(Integer.MAX_VALUE)
class AuditVerificationIT {

  private static final String PATH = "/api/audit/verification";
  private static final int SIMULTANEOUS_DRAFTS = 8;

  @Test
  void theLiveChainIsIntactAfterEverythingTheOtherTestsAndSimultaneousCommandsRecorded()
      throws Exception {
    JsonObject before = verify(PATH);
    assertTrue(before.getBoolean("intact"), before.toString());

    int appended = draftAtOnce() + roundAnsweredAtOnce();

    JsonObject after = verify(PATH);
    assertTrue(after.getBoolean("intact"), after.toString());
    long events = after.getJsonNumber("events").longValue();
    assertTrue(events >= before.getJsonNumber("events").longValue() + appended, after.toString());
    assertTrue(after.isNull("firstBreak"));
    // The head an auditor recorded before is still in the chain, unchanged.
    JsonObject anchored = verify(PATH + "?anchor=" + encode(before.getString("head")));
    assertTrue(anchored.getBoolean("intact"), anchored.toString());
    System.out.printf(
        "AuditVerificationIT: live audit chain %s (%d events appended at once during the test)%n",
        after.getString("summary"), appended);
  }

  @Test
  void anAnchorTheChainDoesNotHoldIsReportedAsItsFirstBreak() {
    JsonObject verdict = verify(PATH + "?anchor=1:" + "f".repeat(64));

    assertFalse(verdict.getBoolean("intact"));
    JsonObject firstBreak = verdict.getJsonObject("firstBreak");
    assertEquals("ANCHOR_MISMATCH", firstBreak.getString("problem"));
    assertEquals(1, firstBreak.getInt("position"));
    assertFalse(firstBreak.isNull("eventId"));
    assertTrue(verdict.getString("summary").startsWith("BROKEN at event "), verdict.toString());
  }

  @Test
  void aMalformedAnchorIsRefusedNamingTheField() {
    assertInvalid("anchor", get("auditor", PATH + "?anchor=latest"));
  }

  static Stream<DemoUser> everyoneButTheAuditor() {
    return DemoUsers.ALL.stream().filter(user -> !user.role().equals("AUDITOR"));
  }

  @ParameterizedTest
  @MethodSource("everyoneButTheAuditor")
  void nobodyButAnAuditorMayVerify(DemoUser user) {
    assertProblem(403, get(user.username(), PATH));
  }

  @Test
  void anonymousCallersAndWrongPasswordsGet401() {
    assertUnauthorized(Api.send(Api.request(PATH)));
    assertUnauthorized(Api.send(Api.request(PATH, "auditor", "not-the-password")));
  }

  // --- helpers ---

  /** 401 problem+json (the authentication mechanism adds a charset to the media type). */
  private static void assertUnauthorized(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    assertEquals(401, Api.object(response).getInt("status"));
  }

  private static JsonObject verify(String path) {
    HttpResponse<String> answer = get("auditor", path);
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.object(answer);
  }

  /** Drafts created from several threads at the same instant; how many events they record. */
  private static int draftAtOnce() throws Exception {
    String token = token();
    List<Callable<JsonObject>> drafts = new ArrayList<>();
    for (int i = 0; i < SIMULTANEOUS_DRAFTS; i++) {
      String title = "Audit chain " + i + " " + token;
      drafts.add(() -> draft(title, "UNCLASSIFIED"));
    }
    atOnce(drafts);
    return SIMULTANEOUS_DRAFTS;
  }

  /**
   * A round that all six agencies answer at the same instant: the last answer records its position
   * and the round's closure in one transaction. How many events the round records.
   */
  private static int roundAnsweredAtOnce() throws Exception {
    long id = id(draft("Audit chain round " + token(), "UNCLASSIFIED"));
    submit(id, AGENCIES.toArray(String[]::new));
    List<Callable<HttpResponse<String>>> answers = new ArrayList<>();
    for (String agency : AGENCIES) {
      answers.add(() -> takePosition(id, agency, position("CONCUR")));
    }
    for (HttpResponse<String> answer : atOnce(answers)) {
      assertEquals(200, answer.statusCode(), answer.body());
    }
    return 1 + 1 + AGENCIES.size() + 1;
  }

  /** Runs the calls from as many threads, released together by a barrier; their results. */
  private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    CyclicBarrier barrier = new CyclicBarrier(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            threads.submit(
                () -> {
                  barrier.await(30, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
