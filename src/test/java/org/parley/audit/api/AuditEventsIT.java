package org.parley.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code GET /api/audit/events}: views of classified content and refusals are on the trail, for
 * auditors only, and stay out of a proposal's History.
 */
@DatabaseSensitive(
    "the audit trail's queries: views of classified content and refusals, by proposal and by kind")
class AuditEventsIT {

  @Test
  void openingClassifiedContentIsOnTheTrailAndUnclassifiedIsNot() {
    long secret = Workflow.id(Workflow.draft("Viewed " + Workflow.token(), "SECRET"));
    long unclassified = Workflow.id(Workflow.draft("Open " + Workflow.token(), "UNCLASSIFIED"));

    Workflow.read("drafter", secret);
    Workflow.read("drafter", unclassified);

    List<JsonObject> views = events("action=VIEWED&actor=drafter&proposalId=" + secret);
    assertEquals(1, views.size(), views.toString());
    assertTrue(views.get(0).getString("detail").startsWith("SECRET: "), views.toString());
    assertEquals(List.of(), events("action=VIEWED&proposalId=" + unclassified));
    assertTrue(
        Workflow.actions(secret).stream().noneMatch(a -> a.equals("VIEWED")),
        "the History tells the workflow only");
  }

  @Test
  void aRefusalIsOnTheTrailWithTheIdThatWasAsked() {
    long secret = Workflow.id(Workflow.draft("Refused " + Workflow.token(), "SECRET"));

    assertProblem(404, Workflow.get("analyst", "/api/proposals/" + secret));
    assertProblem(404, Workflow.get("analyst", "/api/proposals/987654321"));

    List<JsonObject> refusals = events("action=ACCESS_REFUSED&actor=analyst&size=100");
    assertTrue(
        refusals.stream()
            .anyMatch(
                e ->
                    !e.isNull("proposalId")
                        && e.getJsonNumber("proposalId").longValue() == secret
                        && e.getString("detail").startsWith("VIEW refused: NOT_FOUND")),
        refusals.toString());
    assertTrue(
        refusals.stream()
            .anyMatch(
                e ->
                    !e.isNull("proposalId")
                        && e.getJsonNumber("proposalId").longValue() == 987654321L),
        "a probe for an id that does not exist is on record too");
  }

  @Test
  void onlyAuditorsReadTheWholeTrail() {
    for (String user : List.of("admin", "deputy", "envoy", "state")) {
      assertProblem(403, Workflow.get(user, "/api/audit/events"));
    }
    assertEquals(401, Api.send(Api.request("/api/audit/events")).statusCode());
    assertProblem(400, Workflow.get("auditor", "/api/audit/events?action=DELETED"));
    assertProblem(400, Workflow.get("auditor", "/api/audit/events?proposalId=one"));
  }

  private static List<JsonObject> events(String query) {
    HttpResponse<String> page = Workflow.get("auditor", "/api/audit/events?" + query);
    assertEquals(200, page.statusCode(), page.body());
    return Api.object(page).getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
