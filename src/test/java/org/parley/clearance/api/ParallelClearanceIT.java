package org.parley.clearance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.support.Workflow.AGENCIES;
import static org.parley.support.Workflow.clearance;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.history;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.read;
import static org.parley.support.Workflow.requiredAgencies;
import static org.parley.support.Workflow.reviewerOf;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.database.DatabaseSensitive;

/**
 * The concurrency proof (docs/adr/0006): many times over, all six agencies of a round take
 * their positions at the same instant, each from its own thread and its own reviewer's HTTP call.
 * Every position must be stored, the round must close exactly once and only with the last of them,
 * and the history must hold exactly one closure. Proposals are at most SECRET because the ENERGY
 * and TREASURY reviewers hold SECRET clearance.
 */
@DatabaseSensitive("row locks: six agencies take their positions at the same instant")
class ParallelClearanceIT {

  private static final int ROUNDS = 15;
  private static final List<String> CLASSIFICATIONS =
      List.of("UNCLASSIFIED", "CONFIDENTIAL", "SECRET");

  @Test
  void simultaneousPositionsAreAllStoredAndCloseTheRoundExactlyOnce() throws Exception {
    ExecutorService reviewers = Executors.newFixedThreadPool(AGENCIES.size());
    Map<String, Integer> outcomes = new HashMap<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String status = runRound(round, reviewers);
        outcomes.merge(status, 1, Integer::sum);
      }
    } finally {
      reviewers.shutdownNow();
    }
    System.out.printf(
        "ParallelClearanceIT: %d rounds, %d simultaneous positions, all stored; closed once each,"
            + " to %s%n",
        ROUNDS, ROUNDS * AGENCIES.size(), outcomes);
  }

  /** One round: draft, submit to all six agencies, fire six positions at once, check. */
  private static String runRound(int round, ExecutorService reviewers) throws Exception {
    long id = id(draft("Parallel " + round + " " + token(), CLASSIFICATIONS.get(round % 3)));
    JsonObject submitted = submit(id, AGENCIES.toArray(String[]::new));
    assertEquals(Set.copyOf(AGENCIES), Set.copyOf(requiredAgencies(submitted)));
    Map<String, JsonObject> positions = positionsFor(round);
    String expected =
        positions.values().stream()
                .anyMatch(p -> p.getString("position").equals("CHANGES_REQUESTED"))
            ? "DRAFT"
            : "AWAITING_DECISION";

    List<HttpResponse<String>> answers = fireAtOnce(id, positions, reviewers);

    for (HttpResponse<String> answer : answers) {
      assertEquals(200, answer.statusCode(), "round " + round + ": " + answer.body());
    }
    // Each answer shows the round as its own transaction left it, under the lock: one more slot
    // filled each, so together exactly 1, 2, …, 6.
    assertEquals(
        IntStream.rangeClosed(1, AGENCIES.size()).boxed().toList(),
        answers.stream().map(a -> answered(Api.object(a))).sorted().toList(),
        "round " + round + ": answers did not see one another's positions one by one");
    JsonObject stored = clearance(id);
    for (JsonObject slot : stored.getJsonArray("positions").getValuesAs(JsonObject.class)) {
      String agency = slot.getString("agency");
      assertEquals(positions.get(agency).getString("position"), slot.getString("position"));
      assertEquals(reviewerOf(agency), slot.getString("by"));
      assertEquals(
          positions.get(agency).getJsonArray("comments").size(),
          slot.getJsonArray("comments").size());
    }
    assertEquals(expected, read("envoy", id).getString("status"), "round " + round);
    assertHistoryClosedOnceByTheLastPosition(id, expected, round);
    tidyUp(id, expected);
    return expected;
  }

  private static List<HttpResponse<String>> fireAtOnce(
      long id, Map<String, JsonObject> positions, ExecutorService reviewers) throws Exception {
    CyclicBarrier startGate = new CyclicBarrier(AGENCIES.size());
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (String agency : AGENCIES) {
      HttpRequest.Builder request =
          Api.request(
                  "/api/proposals/" + id + "/clearance/" + agency,
                  reviewerOf(agency),
                  DemoUsers.PASSWORD)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(positions.get(agency).toString()));
      calls.add(
          reviewers.submit(
              () -> {
                startGate.await(30, TimeUnit.SECONDS);
                return Api.send(request);
              }));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> call : calls) {
      answers.add(call.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  /**
   * Rotates through the three ways a round can end: one agency (a different one each time) asks for
   * changes; everyone concurs; a dissent and a concurrence with comments.
   */
  private static Map<String, JsonObject> positionsFor(int round) {
    Map<String, JsonObject> positions = new HashMap<>();
    AGENCIES.forEach(agency -> positions.put(agency, position("CONCUR")));
    String first = AGENCIES.get(round % AGENCIES.size());
    String second = AGENCIES.get((round + 1) % AGENCIES.size());
    switch (round % 3) {
      case 0 ->
          positions.put(first, position("CHANGES_REQUESTED", "MAJOR", "Round " + round + "."));
      case 1 -> {}
      default -> {
        positions.put(first, position("NON_CONCUR", "CRITICAL", "Dissent " + round + "."));
        positions.put(
            second,
            position(
                "CONCUR_WITH_COMMENTS", "ADMINISTRATIVE", "Note " + round + ".", "MAJOR", "Also."));
      }
    }
    return positions;
  }

  private static void assertHistoryClosedOnceByTheLastPosition(long id, String to, int round) {
    List<JsonObject> events = history(id).getValuesAs(JsonObject.class);
    List<String> actions = events.stream().map(e -> e.getString("action")).toList();
    assertEquals(
        AGENCIES.size(),
        actions.stream().filter("POSITION_TAKEN"::equals).count(),
        "round " + round + ": " + actions);
    assertEquals(
        1,
        actions.stream().filter("ROUND_CLOSED"::equals).count(),
        "round " + round + ": " + actions);
    JsonObject closure = events.get(events.size() - 1);
    JsonObject lastPosition = events.get(events.size() - 2);
    assertEquals("ROUND_CLOSED", closure.getString("action"), actions.toString());
    assertEquals("POSITION_TAKEN", lastPosition.getString("action"), actions.toString());
    assertEquals(lastPosition.getString("actor"), closure.getString("actor"));
    assertEquals("IN_CLEARANCE", closure.getString("fromStatus"));
    assertEquals(to, closure.getString("toStatus"));
  }

  /** Leaves nothing waiting in anybody's inbox: decided, or withdrawn. */
  private static void tidyUp(long id, String status) {
    HttpResponse<String> done =
        status.equals("DRAFT")
            ? post(
                "envoy",
                "/api/proposals/" + id + "/withdraw",
                Json.createObjectBuilder().add("reason", "Concurrency test done.").build())
            : post(
                "principal",
                "/api/proposals/" + id + "/decision",
                Json.createObjectBuilder()
                    .add("outcome", "REJECTED")
                    .add("rationale", "Concurrency test done.")
                    .build());
    assertEquals(200, done.statusCode(), done.body());
  }

  private static int answered(JsonObject round) {
    return (int)
        round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
            .filter(slot -> !slot.isNull("position"))
            .count();
  }
}
