package org.parley.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code Idempotency-Key} on the REST workflow (issue 5, docs/adr/0012): a transition sent again
 * with its key is answered as the first time, marked {@code Idempotency-Replayed: true}, and
 * applied once (one audit event, one version); the key sent with another request is refused; one
 * user's keys mean nothing for another user; a malformed key is refused naming the header.
 */
@DatabaseSensitive("the stored keys and answers, and their unique constraint")
class IdempotencyIT {

  /** {@code method path} as {@code user} with {@code body} and, when not null, the key. */
  static HttpResponse<String> send(
      String user, String method, String path, JsonValue body, String key, String ifMatch) {
    HttpRequest.Builder request =
        Api.request(path, user, DemoUsers.PASSWORD)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  static HttpResponse<String> post(String user, String path, JsonValue body, String key) {
    return send(user, "POST", path, body, key, null);
  }

  static String key() {
    return "it-" + Workflow.token();
  }

  static Optional<String> replayed(HttpResponse<String> response) {
    return response.headers().firstValue("Idempotency-Replayed");
  }

  private static long count(long id, String action) {
    return Collections.frequency(Workflow.actions(id), action);
  }

  private static void assertSameAnswer(HttpResponse<String> first, HttpResponse<String> again) {
    assertEquals(first.statusCode(), again.statusCode(), again.body());
    assertEquals(first.body(), again.body());
    assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
    assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
    assertEquals(Optional.empty(), replayed(first));
    assertEquals(Optional.of("true"), replayed(again));
  }

  @Test
  void aCreateSentTwiceWithItsKeyDraftsOneProposal() {
    String title = "Idempotent create " + Workflow.token();
    JsonObject body = Workflow.completeProposal(title, "UNCLASSIFIED");
    String key = key();
    HttpResponse<String> first = post("drafter", "/api/proposals", body, key);
    HttpResponse<String> again = post("drafter", "/api/proposals", body, key);

    assertEquals(201, first.statusCode(), first.body());
    assertSameAnswer(first, again);
    JsonObject found =
        Api.object(
            Workflow.get("drafter", "/api/proposals?q=" + title.substring(title.length() - 14)));
    assertEquals(1, found.getInt("total"), found.toString());
  }

  @Test
  void aSubmitSentAgainIsAnsweredAsTheFirstAndAppliedOnce() {
    long id = Workflow.id(Workflow.draft("Idempotent submit " + Workflow.token(), "UNCLASSIFIED"));
    String path = "/api/proposals/" + id + "/submit";
    String key = key();
    HttpResponse<String> first = post("envoy", path, Workflow.submission(), key);
    HttpResponse<String> again = post("envoy", path, Workflow.submission(), key);
    HttpResponse<String> third = post("envoy", path, Workflow.submission(), key);

    assertEquals(200, first.statusCode(), first.body());
    assertSameAnswer(first, again);
    assertSameAnswer(first, third);
    assertEquals(1, count(id, "SUBMITTED"));
    JsonObject now = Workflow.read("envoy", id);
    assertEquals(1, now.getInt("versionNumber"));
    assertEquals("IN_CLEARANCE", now.getString("status"));

    HttpResponse<String> withoutKey = post("envoy", path, Workflow.submission(), null);
    assertEquals(409, withoutKey.statusCode(), "a new submit without a key is a new request");
  }

  @Test
  void aRevisionSentAgainBumpsTheVersionOnce() {
    JsonObject draft = Workflow.draft("Idempotent revise " + Workflow.token(), "UNCLASSIFIED");
    long id = Workflow.id(draft);
    String etag = "\"" + draft.getJsonNumber("version").longValue() + "\"";
    JsonObject body = Workflow.completeProposal(draft.getString("title") + " v2", "UNCLASSIFIED");
    String key = key();
    HttpResponse<String> first = send("drafter", "PUT", "/api/proposals/" + id, body, key, etag);
    HttpResponse<String> again = send("drafter", "PUT", "/api/proposals/" + id, body, key, etag);

    assertEquals(200, first.statusCode(), first.body());
    assertSameAnswer(first, again);
    assertEquals(1, count(id, "EDITED"));
    assertEquals(
        draft.getJsonNumber("version").longValue() + 1,
        Workflow.read("drafter", id).getJsonNumber("version").longValue());
  }

  @Test
  void aPositionAndADecisionSentAgainAreRecordedOnce() {
    long id = Workflow.id(Workflow.draft("Idempotent round " + Workflow.token(), "UNCLASSIFIED"));
    List<String> agencies = Workflow.requiredAgencies(Workflow.submit(id));
    for (String agency : agencies) {
      String key = key();
      String path = "/api/proposals/" + id + "/clearance/" + agency;
      JsonObject body = Workflow.position("CONCUR");
      HttpResponse<String> first = post(Workflow.reviewerOf(agency), path, body, key);
      HttpResponse<String> again = post(Workflow.reviewerOf(agency), path, body, key);
      assertEquals(200, first.statusCode(), first.body());
      assertSameAnswer(first, again);
    }
    assertEquals(agencies.size(), count(id, "POSITION_TAKEN"));
    assertEquals(1, count(id, "ROUND_CLOSED"));

    JsonObject decision =
        Json.createObjectBuilder().add("outcome", "APPROVED").add("rationale", "Sound.").build();
    String key = key();
    String path = "/api/proposals/" + id + "/decision";
    HttpResponse<String> first = post("principal", path, decision, key);
    HttpResponse<String> again = post("principal", path, decision, key);
    assertEquals(200, first.statusCode(), first.body());
    assertSameAnswer(first, again);
    assertEquals(1, count(id, "DECIDED"));
    assertEquals("APPROVED", Workflow.read("principal", id).getString("status"));
  }

  @Test
  void aKeySentWithAnotherRequestIsRefusedAndAppliesNothing() {
    long id = Workflow.id(Workflow.draft("Idempotent reuse " + Workflow.token(), "UNCLASSIFIED"));
    List<String> agencies = Workflow.requiredAgencies(Workflow.submit(id, "DEFENSE"));
    String agency = agencies.get(0);
    String path = "/api/proposals/" + id + "/clearance/" + agency;
    String key = key();
    HttpResponse<String> first =
        post(Workflow.reviewerOf(agency), path, Workflow.position("CONCUR"), key);
    assertEquals(200, first.statusCode(), first.body());

    HttpResponse<String> otherBody =
        post(
            Workflow.reviewerOf(agency),
            path,
            Workflow.position("NON_CONCUR", "SUBSTANTIVE", "No."),
            key);
    assertEquals(422, otherBody.statusCode(), otherBody.body());
    JsonObject problem = Api.object(otherBody);
    assertEquals("Idempotency-Key", problem.getString("field"));
    assertTrue(problem.getString("detail").contains("another request"), problem.toString());
    assertTrue(problem.getString("detail").contains("POST /"), problem.toString());

    HttpResponse<String> otherPath =
        post("envoy", "/api/proposals/" + id + "/withdraw", JsonValue.EMPTY_JSON_OBJECT, key);
    assertEquals(
        200, otherPath.statusCode(), "the envoy's keys are their own: " + otherPath.body());
    assertEquals(Optional.empty(), replayed(otherPath));

    assertEquals(1, count(id, "POSITION_TAKEN"));
    String position =
        Workflow.clearance(id).getJsonArray("positions").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("agency").equals(agency))
            .map(p -> p.get("position"))
            .map(v -> ((JsonString) v).getString())
            .findFirst()
            .orElseThrow();
    assertEquals("CONCUR", position);
  }

  @Test
  void oneUsersKeyMeansNothingForAnother() {
    long id = Workflow.id(Workflow.draft("Idempotent users " + Workflow.token(), "UNCLASSIFIED"));
    List<String> agencies = Workflow.requiredAgencies(Workflow.submit(id, "DEFENSE"));
    assertTrue(agencies.size() >= 2, "routing sends this ledger to " + agencies);
    String key = key();
    for (String agency : agencies.subList(0, 2)) {
      HttpResponse<String> answer =
          post(
              Workflow.reviewerOf(agency),
              "/api/proposals/" + id + "/clearance/" + agency,
              Workflow.position("CONCUR"),
              key);
      assertEquals(200, answer.statusCode(), answer.body());
      assertFalse(replayed(answer).isPresent(), agency + "'s answer was not applied");
    }
    assertEquals(2, count(id, "POSITION_TAKEN"));
  }

  @Test
  void aMalformedKeyIsRefusedNamingTheHeader() {
    long id = Workflow.id(Workflow.draft("Idempotent bad key " + Workflow.token(), "UNCLASSIFIED"));
    for (String bad : List.of("has space", "k".repeat(65), "semi;colon")) {
      HttpResponse<String> refused =
          post("envoy", "/api/proposals/" + id + "/submit", Workflow.submission(), bad);
      assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
      JsonObject problem = Api.object(refused);
      assertEquals("Idempotency-Key", problem.getString("field"));
      assertTrue(problem.getString("detail").contains("Idempotency-Key"), problem.toString());
    }
    assertEquals(0, count(id, "SUBMITTED"));
  }
}
