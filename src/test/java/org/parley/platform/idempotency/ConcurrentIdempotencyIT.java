package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * The same request with the same key sent by {@value #THREADS} threads at the same instant (a
 * client that retries before the first answer came, or a balancer retrying on another node): it is
 * applied exactly once, and every other copy is answered with the first one's stored answer. The
 * copies wait for the first one's transaction rather than fail (docs/adr/0012).
 */
@DatabaseSensitive("copies of one request wait for the first one's transaction")
class ConcurrentIdempotencyIT {

  static final int THREADS = 8;
  static final int ROUNDS = 4;

  /** Sends {@code request} from {@link #THREADS} threads released together; the answers. */
  private static List<HttpResponse<String>> atOnce(Supplier<HttpResponse<String>> request)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.get();
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Exactly one answer applied the request; every answer says the same. */
  private static void assertAppliedOnce(List<HttpResponse<String>> answers) {
    for (HttpResponse<String> answer : answers) {
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(answers.get(0).body(), answer.body());
    }
    long applied = answers.stream().filter(a -> IdempotencyIT.replayed(a).isEmpty()).count();
    assertEquals(1, applied, "answers not marked replayed");
  }

  @Test
  void aSubmitSentByManyThreadsWithOneKeyIsAppliedOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long id =
          Workflow.id(Workflow.draft("Concurrent submit " + Workflow.token(), "UNCLASSIFIED"));
      String key = IdempotencyIT.key();
      List<HttpResponse<String>> answers =
          atOnce(
              () ->
                  IdempotencyIT.post(
                      "envoy", "/api/proposals/" + id + "/submit", Workflow.submission(), key));
      assertAppliedOnce(answers);
      assertEquals(1, Collections.frequency(Workflow.actions(id), "SUBMITTED"));
      assertEquals(1, Workflow.read("envoy", id).getInt("versionNumber"));
    }
  }

  @Test
  void aPositionSentByManyThreadsWithOneKeyIsRecordedOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long id =
          Workflow.id(Workflow.draft("Concurrent position " + Workflow.token(), "UNCLASSIFIED"));
      JsonObject submitted = Workflow.submit(id, "DEFENSE");
      String agency = Workflow.requiredAgencies(submitted).get(0);
      String key = IdempotencyIT.key();
      List<HttpResponse<String>> answers =
          atOnce(
              () ->
                  IdempotencyIT.post(
                      Workflow.reviewerOf(agency),
                      "/api/proposals/" + id + "/clearance/" + agency,
                      Workflow.position("CONCUR"),
                      key));
      assertAppliedOnce(answers);
      assertEquals(1, Collections.frequency(Workflow.actions(id), "POSITION_TAKEN"));
    }
  }
}
