package org.parley.inbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Inbox.itemFor;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.Inbox;
import org.parley.support.Problems;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/** {@code GET /api/inbox?page=&size=}: what waits for the caller, one page at a time. */
@DatabaseSensitive("the inbox's queries, counts and paging in SQL")
class InboxResourceIT {

  /** More than the 200 oldest proposals awaiting a decision that the inbox once read. */
  private static final int MANY_DECISIONS = 205;

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
    assertTrue(item.isNull("agency") && item.isNull("dueAt"));
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
    assertTrue(
        Inbox.all("analyst").stream()
            .allMatch(
                item ->
                    Workflow.read("envoy", item.getJsonNumber("proposalId").longValue())
                        .getString("classification")
                        .matches("UNCLASSIFIED|CONFIDENTIAL")),
        "nothing in the analyst's inbox is marked above CONFIDENTIAL");
  }

  @Test
  void theInboxIsSortedByDueDateThenReferenceWithUndatedItemsLast() {
    long owed = id(draft("Sorted " + token(), "UNCLASSIFIED"));
    submit(owed);
    id(draft("Undated " + token(), "UNCLASSIFIED"));

    for (String user : List.of("state", "envoy", "deputy")) {
      List<JsonObject> all = Inbox.all(user);
      assertFalse(all.isEmpty(), user);
      List<JsonObject> sorted =
          all.stream()
              .sorted(
                  Comparator.comparing(
                          (JsonObject item) ->
                              item.isNull("dueAt") ? null : Instant.parse(item.getString("dueAt")),
                          Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(item -> item.getString("reference")))
              .toList();
      assertEquals(references(sorted), references(all), user + "'s inbox order");
    }
  }

  @Test
  void pagesAreConsecutiveSlicesOfTheWholeInboxWithItsTotal() {
    int wanted = 12;
    long have = Inbox.page("state", 0, 1).getJsonNumber("total").longValue();
    for (long i = have; i < wanted; i++) {
      submit(id(draft("Paged " + token(), "UNCLASSIFIED")));
    }
    List<JsonObject> all = Inbox.all("state");

    JsonObject first = Inbox.page("state", 0, 5);
    JsonObject second = Inbox.page("state", 1, 5);
    JsonObject byDefault = Api.object(get("state", "/api/inbox"));

    assertEquals(all.size(), first.getJsonNumber("total").longValue());
    assertEquals(all.size(), second.getJsonNumber("total").longValue());
    assertEquals(references(all.subList(0, 5)), references(Inbox.items(first)));
    assertEquals(references(all.subList(5, 10)), references(Inbox.items(second)));
    assertEquals(
        references(all.subList(0, Math.min(20, all.size()))), references(Inbox.items(byDefault)));
    int last = (all.size() - 1) / 5;
    assertEquals(
        references(all.subList(last * 5, all.size())),
        references(Inbox.items(Inbox.page("state", last, 5))));
    assertTrue(Inbox.items(Inbox.page("state", last + 1, 5)).isEmpty(), "past the last page");
  }

  @ParameterizedTest
  @CsvSource({"page=-1, page", "page=x, page", "size=0, size", "size=101, size", "size=ten, size"})
  void aBadPageOrSizeAnswers400NamingIt(String query, String field) {
    Problems.assertInvalid(field, get("state", "/api/inbox?" + query));
  }

  @Test
  void aNewProposalAwaitingDecisionIsInTheDeputysInboxHoweverManyWait() throws Exception {
    // The old inbox read the 200 oldest proposals awaiting a decision, so a new one could be lost.
    long waiting = Inbox.page("deputy", 0, 1).getJsonNumber("total").longValue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<JsonObject>> created = new ArrayList<>();
      IntStream.range(0, (int) Math.max(0, MANY_DECISIONS - waiting))
          .forEach(
              i ->
                  created.add(
                      pool.submit(() -> awaitingDecision("Waiting " + token(), "UNCLASSIFIED"))));
      for (Future<JsonObject> proposal : created) {
        proposal.get();
      }
    } finally {
      pool.shutdown();
    }
    long newest = id(awaitingDecision("Newest " + token(), "UNCLASSIFIED"));

    List<JsonObject> all = Inbox.all("deputy");
    assertTrue(all.size() > MANY_DECISIONS, "deputy's inbox holds " + all.size());
    JsonObject item =
        itemFor("deputy", newest).orElseThrow(() -> new AssertionError("newest not in inbox"));
    assertEquals("DECIDE", item.getString("task"));
  }

  @Test
  void withoutCredentialsTheInboxAnswers401() {
    HttpResponse<String> anonymous = Api.send(Api.request("/api/inbox"));

    assertEquals(401, anonymous.statusCode());
  }

  private static List<String> references(List<JsonObject> items) {
    return items.stream()
        .map(item -> item.getString("task") + " " + item.getString("reference"))
        .toList();
  }
}
