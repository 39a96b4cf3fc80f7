package org.parley.clearance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertInvalid;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.AGENCIES;
import static org.parley.support.Workflow.answerRound;
import static org.parley.support.Workflow.clearance;
import static org.parley.support.Workflow.completeProposal;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.history;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.read;
import static org.parley.support.Workflow.requiredAgencies;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.takePosition;
import static org.parley.support.Workflow.token;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/** {@code /api/proposals/{id}/clearance}: the latest round and agencies' positions on it. */
@DatabaseSensitive("rounds, slots and positions as stored and read back")
class ClearanceResourceIT {

  @Test
  void aProposalThatNeverWentToClearanceHasNoRound() {
    long id = id(draft("No round " + token(), "UNCLASSIFIED"));

    assertProblem(404, get("envoy", "/api/proposals/" + id + "/clearance"));
  }

  @Test
  void aNewRoundHoldsOnePendingSlotPerRequiredAgency() {
    long id = id(draft("Pending " + token(), "UNCLASSIFIED"));
    JsonObject submitted = submit(id, "NSC");

    JsonObject round = clearance(id);

    assertEquals(1, round.getInt("versionNumber"));
    assertTrue(Instant.parse(round.getString("dueAt")).isAfter(Instant.now()));
    List<JsonObject> slots = round.getJsonArray("positions").getValuesAs(JsonObject.class);
    assertEquals(
        requiredAgencies(submitted).stream().sorted().toList(),
        slots.stream().map(s -> s.getString("agency")).sorted().toList());
    for (JsonObject slot : slots) {
      assertTrue(slot.isNull("position"), slot.toString());
      assertTrue(slot.isNull("by") && slot.isNull("actingFor") && slot.isNull("at"));
      assertEquals(0, slot.getJsonArray("comments").size());
    }
  }

  @Test
  void aReviewerTakesTheirAgencysPositionWithTypedComments() {
    long id = id(draft("Commented " + token(), "UNCLASSIFIED"));
    submit(id, "NSC");

    HttpResponse<String> answered =
        takePosition(
            id,
            "STATE",
            position(
                "CONCUR_WITH_COMMENTS",
                "ADMINISTRATIVE",
                "Spell out the office's address.",
                "SUBSTANTIVE",
                "Name the liaison officers."));

    assertEquals(200, answered.statusCode(), answered.body());
    JsonObject state = slot(Api.object(answered), "STATE");
    assertEquals("CONCUR_WITH_COMMENTS", state.getString("position"));
    assertEquals("state", state.getString("by"));
    assertEquals("STATE", state.getString("actingFor"));
    Instant.parse(state.getString("at"));
    List<JsonObject> comments = state.getJsonArray("comments").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("ADMINISTRATIVE", "SUBSTANTIVE"),
        comments.stream().map(c -> c.getString("type")).toList());
    assertEquals("Name the liaison officers.", comments.get(1).getString("text"));
    assertTrue(comments.get(0).getJsonNumber("id").longValue() > 0);
    assertTrue(comments.get(0).isNull("resolution"));
    assertEquals(state, slot(clearance(id), "STATE"));
    assertEquals("IN_CLEARANCE", read("envoy", id).getString("status"));
  }

  @Test
  void aReviewerOfAnotherAgencyCannotTakeStatesPosition() {
    long id = id(draft("Not yours " + token(), "UNCLASSIFIED"));
    submit(id, "DEFENSE");

    HttpResponse<String> refused =
        post("defense", "/api/proposals/" + id + "/clearance/STATE", position("CONCUR"));

    assertProblem(403, refused);
    assertTrue(slot(clearance(id), "STATE").isNull("position"));
  }

  @Test
  void theDrafterAndTheEnvoyCannotClearTheirOwnProposal() {
    long id = id(draft("Own " + token(), "UNCLASSIFIED"));
    submit(id);

    for (String drafter : List.of("drafter", "envoy")) {
      assertProblem(
          403, post(drafter, "/api/proposals/" + id + "/clearance/STATE", position("CONCUR")));
    }
    assertTrue(slot(clearance(id), "STATE").isNull("position"));
  }

  @Test
  void anAgencyAnswersOnceARound() {
    long id = id(draft("Twice " + token(), "UNCLASSIFIED"));
    submit(id, "NSC");
    takePosition(id, "STATE", position("CONCUR"));

    HttpResponse<String> byLead =
        post(
            "state-lead",
            "/api/proposals/" + id + "/clearance/STATE",
            position("NON_CONCUR", "CRITICAL", "Changed my mind."));
    HttpResponse<String> again = takePosition(id, "STATE", position("CONCUR"));

    assertProblem(409, byLead);
    assertProblem(409, again);
    JsonObject state = slot(clearance(id), "STATE");
    assertEquals("CONCUR", state.getString("position"));
    assertEquals("state", state.getString("by"));
  }

  @Test
  void anAgencyWithoutASlotNeitherSeesNorAnswersIt() {
    long id = id(draft("No slot " + token(), "UNCLASSIFIED"));
    List<String> required = requiredAgencies(submit(id));
    String outsider =
        AGENCIES.stream().filter(a -> !required.contains(a)).findFirst().orElseThrow();

    assertProblem(404, takePosition(id, outsider, position("CONCUR")));
    assertProblem(404, get(Workflow.reviewerOf(outsider), "/api/proposals/" + id + "/clearance"));
  }

  @Test
  void withoutAnOpenRoundPositionsAnswer409() {
    long draft = id(draft("Still a draft " + token(), "UNCLASSIFIED"));
    long cleared = id(draft("Cleared " + token(), "UNCLASSIFIED"));
    submit(cleared);
    answerRound(cleared, Map.of());

    assertProblem(404, takePosition(draft, "STATE", position("CONCUR")));
    assertProblem(409, takePosition(cleared, "STATE", position("CONCUR")));
    assertEquals("AWAITING_DECISION", read("envoy", cleared).getString("status"));
  }

  @ParameterizedTest(name = "agency {0}")
  @CsvSource({"UN", "state"})
  void anUnknownAgencyInThePathAnswers404(String agency) {
    long id = id(draft("Unknown agency " + token(), "UNCLASSIFIED"));
    submit(id);

    HttpResponse<String> refused =
        post("state", "/api/proposals/" + id + "/clearance/" + agency, position("CONCUR"));

    assertProblem(404, refused);
    assertTrue(Api.object(refused).getString("detail").contains("STATE, DEFENSE"));
  }

  @Test
  void aProposalAboveTheReviewersClearanceAnswers404() {
    long id = id(draft("Secret " + token(), "SECRET"));
    submit(id);

    assertProblem(404, get("analyst", "/api/proposals/" + id + "/clearance"));
    assertProblem(
        404, post("analyst", "/api/proposals/" + id + "/clearance/STATE", position("CONCUR")));
    assertTrue(slot(clearance(id), "STATE").isNull("position"));
  }

  @Test
  void aProposalNoReviewerOfARoutedAgencyIsClearedForCannotGoToClearance() {
    HttpResponse<String> created =
        post("envoy", "/api/proposals", completeProposal("Top secret " + token(), "TOP_SECRET"));
    assertEquals(201, created.statusCode(), created.body());
    long id = id(Api.object(created));

    HttpResponse<String> refused = post("envoy", "/api/proposals/" + id + "/submit", "{}");

    assertProblem(409, refused);
    assertTrue(Api.object(refused).getString("detail").contains("No reviewer of STATE"));
    assertEquals("DRAFT", read("envoy", id).getString("status"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "position missing | {\"comments\": []} | position",
        "position unknown | {\"position\": \"ABSTAIN\"} | position",
        "position not a string | {\"position\": 1} | position",
        "comments not an array | {\"position\": \"CONCUR\", \"comments\": {}} | comments",
        "comment type unknown | {\"position\": \"NON_CONCUR\", \"comments\": [{\"type\": \"MINOR\","
            + " \"text\": \"x\"}]} | comments[0].type",
        "comment text blank | {\"position\": \"NON_CONCUR\", \"comments\": [{\"type\": \"MAJOR\","
            + " \"text\": \" \"}]} | comments[0].text",
        "comment text missing | {\"position\": \"NON_CONCUR\", \"comments\": [{\"type\": \"MAJOR\","
            + " \"text\": \"ok\"}, {\"type\": \"MAJOR\"}]} | comments[1].text",
        "comment needed | {\"position\": \"CHANGES_REQUESTED\", \"comments\": []} | comments",
      })
  void anInvalidPositionAnswers400NamingTheFieldAndRecordsNothing(
      String why, String body, String field) {
    long id = id(draft("Invalid position " + token(), "UNCLASSIFIED"));
    submit(id);

    assertInvalid(field, post("state", "/api/proposals/" + id + "/clearance/STATE", body));
    assertTrue(slot(clearance(id), "STATE").isNull("position"));
    assertFalse(
        history(id).getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("action").equals("POSITION_TAKEN")));
  }

  @Test
  void anOverLongCommentAnswers400() {
    long id = id(draft("Long comment " + token(), "UNCLASSIFIED"));
    submit(id);

    assertInvalid(
        "comments[0].text",
        takePosition(id, "STATE", position("NON_CONCUR", "MAJOR", "c".repeat(4001))));
    assertEquals(
        200,
        takePosition(id, "STATE", position("NON_CONCUR", "MAJOR", "c".repeat(4000))).statusCode());
  }

  @Test
  void malformedJsonAndOtherMediaTypesAreRefused() {
    long id = id(draft("Malformed position " + token(), "UNCLASSIFIED"));
    submit(id);
    String path = "/api/proposals/" + id + "/clearance/STATE";

    HttpResponse<String> malformed = post("state", path, "{\"position\": CONCUR}");
    HttpResponse<String> plain =
        Api.send(
            Api.request(path, "state", DemoUsers.PASSWORD)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(position("CONCUR").toString())));

    assertProblem(400, malformed);
    assertProblem(415, plain);
    assertTrue(slot(clearance(id), "STATE").isNull("position"));
  }

  @Test
  void nonConcurrencesTravelToTheDecisionAsDissents() {
    long id = id(draft("Dissent " + token(), "UNCLASSIFIED"));
    submit(id, "DEFENSE");

    JsonObject after =
        answerRound(id, Map.of("DEFENSE", position("NON_CONCUR", "CRITICAL", "Premature.")));

    assertEquals("AWAITING_DECISION", after.getString("status"));
    JsonObject closure =
        history(id).getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("action").equals("ROUND_CLOSED"))
            .findFirst()
            .orElseThrow();
    assertTrue(closure.getString("detail").contains("dissents: DEFENSE"), closure.toString());
  }

  @Test
  void aChangesRequestSendsTheProposalBackOnceEveryAgencyAnswered() {
    long id = id(draft("Changes " + token(), "UNCLASSIFIED"));
    submit(id, "NSC");

    HttpResponse<String> first =
        takePosition(id, "NSC", position("CHANGES_REQUESTED", "MAJOR", "Add a timeline."));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("IN_CLEARANCE", read("envoy", id).getString("status"));

    JsonObject after = answerRound(id, Map.of());

    assertEquals("DRAFT", after.getString("status"));
    assertEquals(1, after.getInt("versionNumber"));
  }

  private static JsonObject slot(JsonObject round, String agency) {
    return round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
        .filter(slot -> slot.getString("agency").equals(agency))
        .findFirst()
        .orElseThrow(() -> new AssertionError(agency + " has no slot in " + round));
  }
}
