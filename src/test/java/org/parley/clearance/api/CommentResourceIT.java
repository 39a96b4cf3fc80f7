package org.parley.clearance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertInvalid;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.answerRound;
import static org.parley.support.Workflow.clearance;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.submission;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.takePosition;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code POST /api/proposals/{id}/comments/{commentId}/resolution}: the drafters answer the
 * comments of a round that requested changes before the proposal goes to clearance again.
 */
@DatabaseSensitive("comments and their resolutions as stored and read back")
class CommentResourceIT {

  @Test
  void changesRequestedLoopEndsInVersionTwoOnceEveryCommentIsAnswered() {
    long id = id(draft("Loop " + token(), "UNCLASSIFIED"));
    submit(id);
    JsonObject returned =
        answerRound(
            id,
            Map.of(
                "STATE",
                position(
                    "CHANGES_REQUESTED",
                    "CRITICAL",
                    "Say who staffs the office.",
                    "ADMINISTRATIVE",
                    "Typo in phase 1.")));
    assertEquals("DRAFT", returned.getString("status"));
    List<Long> comments = commentIds(id);
    assertEquals(2, comments.size());

    assertProblem(409, post("envoy", "/api/proposals/" + id + "/submit", submission()));

    HttpResponse<String> accepted = resolve("drafter", id, comments.get(0), resolution(true, null));
    assertEquals(200, accepted.statusCode(), accepted.body());
    JsonObject answer = comment(Api.object(accepted), comments.get(0)).getJsonObject("resolution");
    assertTrue(answer.getBoolean("accepted"));
    assertEquals("drafter", answer.getString("by"));
    assertTrue(answer.isNull("reason"));

    assertProblem(409, post("envoy", "/api/proposals/" + id + "/submit", submission()));
    assertInvalid("reason", resolve("envoy", id, comments.get(1), resolution(false, null)));
    HttpResponse<String> rejected =
        resolve("envoy", id, comments.get(1), resolution(false, "There is no typo."));
    assertEquals(200, rejected.statusCode(), rejected.body());
    JsonObject rejection = comment(clearance(id), comments.get(1)).getJsonObject("resolution");
    assertEquals(false, rejection.getBoolean("accepted"));
    assertEquals("There is no typo.", rejection.getString("reason"));
    assertEquals("envoy", rejection.getString("by"));

    JsonObject resubmitted = submit(id);
    assertEquals("IN_CLEARANCE", resubmitted.getString("status"));
    assertEquals(2, resubmitted.getInt("versionNumber"));
    JsonObject round = clearance(id);
    assertEquals(2, round.getInt("versionNumber"));
    assertTrue(
        round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
            .allMatch(slot -> slot.isNull("position")));
  }

  @Test
  void aCommentIsAnsweredOnceAndOnlyByTheDrafters() {
    long id = returnedWithOneComment();
    long comment = commentIds(id).get(0);

    assertProblem(403, resolve("state", id, comment, resolution(true, null)));
    assertProblem(403, resolve("principal", id, comment, resolution(true, null)));
    assertEquals(200, resolve("drafter", id, comment, resolution(true, null)).statusCode());
    assertProblem(409, resolve("envoy", id, comment, resolution(false, "Second thoughts.")));
    assertTrue(comment(clearance(id), comment).getJsonObject("resolution").getBoolean("accepted"));
  }

  @Test
  void anUnknownCommentAnswers404() {
    long id = returnedWithOneComment();
    long other = returnedWithOneComment();

    assertProblem(404, resolve("drafter", id, 987654321L, resolution(true, null)));
    assertProblem(404, resolve("drafter", id, commentIds(other).get(0), resolution(true, null)));
    assertProblem(
        404,
        post(
            "drafter",
            "/api/proposals/987654321/comments/" + commentIds(id).get(0) + "/resolution",
            resolution(true, null)));
  }

  @Test
  void commentsAreAnsweredWhileTheProposalIsADraft() {
    long id = id(draft("Answer later " + token(), "UNCLASSIFIED"));
    submit(id, "NSC");
    takePosition(id, "STATE", position("CONCUR_WITH_COMMENTS", "SUBSTANTIVE", "Fine, but…"));

    assertProblem(409, resolve("drafter", id, commentIds(id).get(0), resolution(true, null)));
    assertTrue(comment(clearance(id), commentIds(id).get(0)).isNull("resolution"));
  }

  @Test
  void anInvalidAnswerAnswers400NamingTheField() {
    long id = returnedWithOneComment();
    long comment = commentIds(id).get(0);
    String path = "/api/proposals/" + id + "/comments/" + comment + "/resolution";

    assertInvalid("accepted", post("drafter", path, "{}"));
    assertInvalid("accepted", post("drafter", path, "{\"accepted\": \"yes\"}"));
    assertInvalid("reason", post("drafter", path, resolution(false, "r".repeat(2001)).toString()));
    assertInvalid("reason", post("drafter", path, "{\"accepted\": false, \"reason\": 5}"));
    assertProblem(400, post("drafter", path, "{\"accepted\": tru"));
    assertTrue(comment(clearance(id), comment).isNull("resolution"));
  }

  // --- helpers ---

  /** A draft that STATE sent back with one comment, everyone else concurring. */
  private static long returnedWithOneComment() {
    long id = id(draft("Returned " + token(), "UNCLASSIFIED"));
    submit(id);
    JsonObject after =
        answerRound(id, Map.of("STATE", position("CHANGES_REQUESTED", "MAJOR", "Rework it.")));
    assertEquals("DRAFT", after.getString("status"));
    return id;
  }

  private static HttpResponse<String> resolve(String user, long id, long comment, JsonObject body) {
    return post(user, "/api/proposals/" + id + "/comments/" + comment + "/resolution", body);
  }

  static JsonObject resolution(boolean accepted, String reason) {
    var body = Json.createObjectBuilder().add("accepted", accepted);
    if (reason != null) {
      body.add("reason", reason);
    }
    return body.build();
  }

  private static List<Long> commentIds(long id) {
    return clearance(id).getJsonArray("positions").getValuesAs(JsonObject.class).stream()
        .flatMap(slot -> slot.getJsonArray("comments").getValuesAs(JsonObject.class).stream())
        .map(comment -> comment.getJsonNumber("id").longValue())
        .toList();
  }

  private static JsonObject comment(JsonObject round, long commentId) {
    return round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
        .flatMap(slot -> slot.getJsonArray("comments").getValuesAs(JsonObject.class).stream())
        .filter(comment -> comment.getJsonNumber("id").longValue() == commentId)
        .findFirst()
        .orElseThrow();
  }
}
