package org.parley.inbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Workflow.awaitingDecision;
import static org.parley.support.Workflow.completeProposal;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.takePosition;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Workflow;

/** {@code GET /api/inbox}: what waits for the caller. */
class InboxResourceIT {

  @Test
  void aReviewerSeesThePositionTheirAgencyOwesUntilItIsTaken() {
    String title = "Owed " + token();
    long id = id(draft(title, "UNCLASSIFIED"));
    submit(id, "NSC");

    JsonObject item = itemFor("nsc", id).orElseThrow(() -> new AssertionError("nsc inbox"));
    assertEquals("TAKE_POSITION", item.getString("task"));
    assertEquals("NSC", item.getString("agency"));
    assertEquals(title, item.getString("title"));
    assertEquals("IN_CLEARANCE", item.getString("status"));
    assertTrue(item.getString("reference").startsWith("DPRK-"));
    assertTrue(Instant.parse(item.getString("dueAt")).isAfter(Instant.now()));
    assertTrue(itemFor("defense", id).isEmpty());

    assertEquals(200, takePosition(id, "NSC", position("CONCUR")).statusCode());

    assertTrue(itemFor("nsc", id).isEmpty());
  }

  @Test
  void theTracksDraftersSeeTheirDraftsAndTheCommentsToAnswer() {
    // On the summit track, which few tests draft on: the drafts part of an inbox lists a bounded
    // number of drafts per track, oldest first (ProposalService.draftsOnCallerTracks).
    HttpResponse<String> created =
        post(
            "envoy",
            "/api/proposals",
            Json.createObjectBuilder(completeProposal("Summit draft " + token(), "UNCLASSIFIED"))
                .add("trackId", Workflow.SUMMIT_TRACK)
                .build());
    long id = id(Api.object(created));

    assertEquals("REVISE_DRAFT", itemFor("envoy", id).orElseThrow().getString("task"));
    assertTrue(itemFor("drafter", id).isEmpty());

    submit(id);
    Workflow.answerRound(id, Map.of("STATE", position("CHANGES_REQUESTED", "MAJOR", "Redo.")));

    JsonObject item = itemFor("envoy", id).orElseThrow();
    assertEquals("ANSWER_COMMENTS", item.getString("task"));
    assertEquals("DRAFT", item.getString("status"));
  }

  @Test
  void deputiesAndPrincipalsSeeWhatAwaitsTheirDecision() {
    long cleared = id(awaitingDecision("Cleared " + token(), "UNCLASSIFIED"));

    for (String decider : List.of("principal", "deputy")) {
      JsonObject item = itemFor(decider, cleared).orElseThrow();
      assertEquals("DECIDE", item.getString("task"));
      assertEquals("AWAITING_DECISION", item.getString("status"));
      assertTrue(item.isNull("agency") && item.isNull("dueAt"));
    }
    assertTrue(itemFor("drafter", cleared).isEmpty());
    assertTrue(itemFor("state", cleared).isEmpty());

    post(
        "principal",
        "/api/proposals/" + cleared + "/decision",
        Json.createObjectBuilder().add("outcome", "APPROVED").add("rationale", "Done.").build());

    assertTrue(itemFor("principal", cleared).isEmpty());
  }

  @Test
  void nothingAboveTheCallersClearanceShowsUp() {
    long id = id(draft("Secret " + token(), "SECRET"));
    submit(id, "ENERGY", "TREASURY");

    assertTrue(itemFor("analyst", id).isEmpty(), "a STATE reviewer cleared to CONFIDENTIAL");
    assertTrue(itemFor("energy", id).isPresent());
    assertTrue(itemFor("state", id).isPresent());
  }

  @Test
  void withoutCredentialsTheInboxAnswers401() {
    HttpResponse<String> anonymous = Api.send(Api.request("/api/inbox"));

    assertEquals(401, anonymous.statusCode());
  }

  private static java.util.Optional<JsonObject> itemFor(String user, long id) {
    HttpResponse<String> inbox = get(user, "/api/inbox");
    assertEquals(200, inbox.statusCode(), inbox.body());
    return Api.json(inbox.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getJsonNumber("proposalId").longValue() == id)
        .findFirst();
  }
}
