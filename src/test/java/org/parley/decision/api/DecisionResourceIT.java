package org.parley.decision.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertInvalid;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.awaitingDecision;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.read;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/** {@code POST /api/proposals/{id}/decision}: deputies and principals decide cleared proposals. */
@DatabaseSensitive("decisions as stored, and the proposal's status read back")
class DecisionResourceIT {

  @Test
  void thePrincipalApproves() {
    long id = id(awaitingDecision("Approve " + token(), "SECRET"));

    HttpResponse<String> decided = decide("principal", id, decision("APPROVED", "Sound trade."));

    assertEquals(200, decided.statusCode(), decided.body());
    JsonObject decision = Api.object(decided);
    assertEquals("APPROVED", decision.getString("outcome"));
    assertEquals("Sound trade.", decision.getString("rationale"));
    assertTrue(decision.isNull("conditions"));
    assertEquals("principal", decision.getString("decidedBy"));
    assertEquals(1, decision.getInt("versionNumber"));
    Instant.parse(decision.getString("decidedAt"));
    assertEquals("APPROVED", read("envoy", id).getString("status"));
  }

  @Test
  void theDeputyApprovesWithConditionsAndConditionsAreThenRequired() {
    long id = id(awaitingDecision("Conditions " + token(), "CONFIDENTIAL"));

    HttpResponse<String> withoutConditions =
        decide("deputy", id, decision("APPROVED_WITH_CONDITIONS", "Yes, but."));
    assertInvalid("conditions", withoutConditions);
    assertEquals("AWAITING_DECISION", read("envoy", id).getString("status"));

    HttpResponse<String> decided =
        decide(
            "deputy",
            id,
            decision("APPROVED_WITH_CONDITIONS", "Yes, but.").add("conditions", "IAEA first."));
    assertEquals(200, decided.statusCode(), decided.body());
    assertEquals("IAEA first.", Api.object(decided).getString("conditions"));
    assertEquals("deputy", Api.object(decided).getString("decidedBy"));
    assertEquals("APPROVED", read("envoy", id).getString("status"));
  }

  @ParameterizedTest(name = "{0} leaves it {1}")
  @CsvSource({"RETURNED, DRAFT", "REJECTED, REJECTED"})
  void returningAndRejectingMoveTheProposalOn(String outcome, String status) {
    long id = id(awaitingDecision(outcome + " " + token(), "UNCLASSIFIED"));

    HttpResponse<String> decided = decide("principal", id, decision(outcome, "Because."));

    assertEquals(200, decided.statusCode(), decided.body());
    assertEquals(status, read("envoy", id).getString("status"));
  }

  @Test
  void onlyDeputiesAndPrincipalsDecide() {
    long id = id(awaitingDecision("Not yours " + token(), "UNCLASSIFIED"));

    for (String user : new String[] {"drafter", "envoy", "state", "state-lead", "admin"}) {
      assertProblem(403, decide(user, id, decision("APPROVED", "Me too.")));
    }
    assertEquals("AWAITING_DECISION", read("envoy", id).getString("status"));
  }

  @Test
  void aProposalNotAwaitingADecisionAnswers409AndOneThatNeverReachedTheDecidersAnswers404() {
    long draft = id(draft("Draft " + token(), "UNCLASSIFIED"));
    long inClearance = id(draft("In clearance " + token(), "UNCLASSIFIED"));
    submit(inClearance);
    long approved = id(awaitingDecision("Approved " + token(), "UNCLASSIFIED"));
    decide("principal", approved, decision("APPROVED", "Once."));

    assertProblem(404, decide("principal", draft, decision("APPROVED", "Too early.")));
    assertProblem(404, decide("deputy", inClearance, decision("REJECTED", "Too early.")));
    assertProblem(409, decide("deputy", approved, decision("REJECTED", "Twice.")));
    assertEquals("APPROVED", read("envoy", approved).getString("status"));
    assertEquals(
        1, Workflow.actions(approved).stream().filter(action -> action.equals("DECIDED")).count());
  }

  @Test
  void aMissingProposalAnswers404() {
    assertProblem(404, decide("principal", 987654321L, decision("APPROVED", "Nothing there.")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "outcome missing | {\"rationale\": \"r\"} | outcome",
        "outcome unknown | {\"outcome\": \"DEFERRED\", \"rationale\": \"r\"} | outcome",
        "rationale missing | {\"outcome\": \"APPROVED\"} | rationale",
        "rationale blank | {\"outcome\": \"APPROVED\", \"rationale\": \"  \"} | rationale",
        "rationale not text | {\"outcome\": \"APPROVED\", \"rationale\": [\"r\"]} | rationale",
        "conditions not text | {\"outcome\": \"APPROVED_WITH_CONDITIONS\", \"rationale\": \"r\","
            + " \"conditions\": true} | conditions"
      })
  void anInvalidDecisionAnswers400AndDecidesNothing(String why, String body, String field) {
    long id = id(awaitingDecision("Invalid decision " + token(), "UNCLASSIFIED"));

    assertInvalid(field, post("principal", "/api/proposals/" + id + "/decision", body));
    assertEquals("AWAITING_DECISION", read("envoy", id).getString("status"));
  }

  @Test
  void overLongTextsAndMalformedJsonAnswer400() {
    long id = id(awaitingDecision("Long rationale " + token(), "UNCLASSIFIED"));

    assertInvalid("rationale", decide("principal", id, decision("APPROVED", "r".repeat(4001))));
    assertInvalid(
        "conditions",
        decide(
            "principal",
            id,
            decision("APPROVED_WITH_CONDITIONS", "r").add("conditions", "c".repeat(4001))));
    assertProblem(400, post("principal", "/api/proposals/" + id + "/decision", "{\"outcome\""));
    assertTrue(
        Api.object(decide("principal", id, decision("DEFERRED", "r")))
            .getString("detail")
            .contains("APPROVED, APPROVED_WITH_CONDITIONS, RETURNED, REJECTED"));
    assertEquals("AWAITING_DECISION", read("envoy", id).getString("status"));
  }

  private static JsonObjectBuilder decision(String outcome, String rationale) {
    return Json.createObjectBuilder().add("outcome", outcome).add("rationale", rationale);
  }

  private static HttpResponse<String> decide(String user, long id, JsonObjectBuilder body) {
    return post(user, "/api/proposals/" + id + "/decision", body.build());
  }
}
