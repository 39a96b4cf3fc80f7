package org.parley.ledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.phase;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.put;
import static org.parley.support.Workflow.step;
import static org.parley.support.Workflow.theirs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Instruments;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * The reciprocity check through the REST API: live findings of a draft, findings frozen with each
 * submitted version, and a principal's override of a blocking finding at approval.
 */
@DatabaseSensitive("findings frozen with each submitted version, as stored")
class ReciprocityIT {

  private final String token = Workflow.token();

  @Test
  void aDraftsFindingsAreComputedLiveAndEachVersionKeepsThoseItWasSubmittedWith() {
    long coal = instrument("Coal sanctions " + token, 1);
    long id = Workflow.id(draft(coal, "EASILY_REVERSIBLE"));

    JsonObject live = findings("drafter", id, "");
    assertTrue(live.isNull("versionNumber"));
    assertTrue(live.getBoolean("blocking"));
    JsonObject blocking = live.getJsonArray("findings").getJsonObject(0);
    assertEquals("BEST_LEVERAGE_FOR_REVERSIBLE", blocking.getString("rule"));
    assertEquals("BLOCKING", blocking.getString("severity"));
    assertEquals(1, blocking.getInt("phaseNumber"));
    assertEquals(1, blocking.getInt("stepNumber"));
    assertTrue(blocking.getString("explanation").contains("Coal sanctions " + token));

    Workflow.submit(id);
    JsonObject submitted = findings("state", id, "?version=1");
    assertEquals(1, submitted.getInt("versionNumber"));
    assertEquals(live.getJsonArray("findings"), submitted.getJsonArray("findings"));

    // The register changes afterwards: the live check follows it, version 1 keeps what it had.
    JsonObject lowered = lowerToTierThree(coal);
    assertEquals(3, lowered.getInt("tier"));
    assertFalse(findings("state", id, "").getBoolean("blocking"));
    assertEquals(submitted, findings("state", id, "?version=1"));
  }

  @Test
  void aPrincipalApprovesABlockedVersionOnlyWithARecordedOverride() {
    long id = awaitingDecisionWithBlockingFinding();
    String decision = "/api/proposals/" + id + "/decision";

    HttpResponse<String> deputy =
        post("deputy", decision, "{\"outcome\":\"APPROVED\",\"rationale\":\"Good enough.\"}");
    assertEquals(403, deputy.statusCode(), deputy.body());
    assertTrue(deputy.body().contains("Only a principal can override"), deputy.body());

    HttpResponse<String> unjustified =
        post("principal", decision, "{\"outcome\":\"APPROVED\",\"rationale\":\"Good enough.\"}");
    assertEquals(400, unjustified.statusCode(), unjustified.body());
    assertEquals("overrideJustification", Api.object(unjustified).getString("field"));

    HttpResponse<String> overrideOnReturn =
        post(
            "principal",
            decision,
            "{\"outcome\":\"RETURNED\",\"rationale\":\"Rework.\",\"overrideJustification\":\"x\"}");
    assertEquals(400, overrideOnReturn.statusCode(), overrideOnReturn.body());
    assertEquals("AWAITING_DECISION", Workflow.read("envoy", id).getString("status"));

    HttpResponse<String> approved =
        post(
            "principal",
            decision,
            Json.createObjectBuilder()
                .add("outcome", "APPROVED")
                .add("rationale", "The summit calendar needs it.")
                .add("overrideJustification", "Coal relief is our price for the freeze; " + token)
                .build());
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals(
        "Coal relief is our price for the freeze; " + token,
        Api.object(approved).getString("overrideJustification"));
    assertEquals("APPROVED", Workflow.read("envoy", id).getString("status"));

    List<JsonObject> overrides =
        Workflow.history(id).getValuesAs(JsonObject.class).stream()
            .filter(entry -> entry.getString("action").equals("FINDING_OVERRIDDEN"))
            .toList();
    assertEquals(1, overrides.size(), Workflow.history(id).toString());
    assertEquals("principal", overrides.get(0).getString("actor"));
    assertTrue(overrides.get(0).getString("detail").contains(token));
  }

  @Test
  void aVersionWithoutBlockingFindingsIsApprovedWithoutOverrideAndRefusesOne() {
    long id = Workflow.id(Workflow.awaitingDecision("Unblocked " + token, "SECRET"));
    String decision = "/api/proposals/" + id + "/decision";

    HttpResponse<String> needless =
        post(
            "deputy",
            decision,
            "{\"outcome\":\"APPROVED\",\"rationale\":\"Fine.\",\"overrideJustification\":\"x\"}");
    assertEquals(400, needless.statusCode(), needless.body());
    assertTrue(needless.body().contains("no blocking reciprocity finding"), needless.body());

    HttpResponse<String> approved =
        post("deputy", decision, "{\"outcome\":\"APPROVED\",\"rationale\":\"Fine.\"}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertTrue(Api.object(approved).isNull("overrideJustification"));
  }

  @Test
  void findingsAreReadLikeTheProposalAndAskForAVersionThatExists() {
    long id = Workflow.id(Workflow.draft("Findings access " + token, "SECRET"));

    assertEquals(404, get("state", "/api/proposals/" + id + "/findings").statusCode());
    assertEquals(404, get("drafter", "/api/proposals/" + id + "/findings?version=1").statusCode());
    HttpResponse<String> malformed = get("drafter", "/api/proposals/" + id + "/findings?version=x");
    assertEquals(400, malformed.statusCode());
    assertEquals("version", Api.object(malformed).getString("field"));
    assertEquals(404, get("drafter", "/api/proposals/999999999/findings").statusCode());
  }

  @Test
  void aStepMayNameOnlyAnInstrumentTheRegisterHas() {
    JsonObject body =
        proposalSpending(999_999_999L, "EASILY_REVERSIBLE", "Unknown instrument " + token);

    HttpResponse<String> refused = post("drafter", "/api/proposals", body);

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("phases[0].steps[0].ours.instrumentId", Api.object(refused).getString("field"));
  }

  // --- the world ---

  /** A proposal awaiting a decision whose version spends tier-1 leverage for a reversible step. */
  private long awaitingDecisionWithBlockingFinding() {
    long id = Workflow.id(draft(instrument("Petroleum cap " + token, 1), "EASILY_REVERSIBLE"));
    Workflow.submit(id);
    assertEquals("AWAITING_DECISION", Workflow.answerRound(id, Map.of()).getString("status"));
    assertTrue(findings("principal", id, "?version=1").getBoolean("blocking"));
    return id;
  }

  private JsonObject draft(long instrumentId, String theirReversibility) {
    HttpResponse<String> created =
        post(
            "drafter",
            "/api/proposals",
            proposalSpending(instrumentId, theirReversibility, "Spending " + token));
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }

  private static JsonObject proposalSpending(
      long instrumentId, String theirReversibility, String title) {
    JsonObjectBuilder ours =
        Workflow.ours("SANCTIONS_RELIEF")
            .add("reversibility", "EASILY_REVERSIBLE")
            .add("instrumentId", instrumentId);
    JsonObjectBuilder theirs =
        theirs("FREEZE", "IAEA_INSPECTION").add("reversibility", theirReversibility);
    return Workflow.proposal(Workflow.TRACK, title, "SECRET", phase("Freeze", step(ours, theirs)))
        .build();
  }

  private static JsonObject findings(String user, long id, String query) {
    HttpResponse<String> read = get(user, "/api/proposals/" + id + "/findings" + query);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  private static long instrument(String name, int tier) {
    return Instruments.create(name, tier);
  }

  private static JsonObject lowerToTierThree(long id) {
    JsonObject current = Api.object(get("admin", "/api/instruments/" + id));
    JsonObject lowered = Json.createObjectBuilder(current).add("tier", 3).build();
    HttpResponse<String> changed =
        put("admin", "/api/instruments/" + id, lowered, "\"" + current.getInt("version") + "\"");
    assertEquals(200, changed.statusCode(), changed.body());
    return Api.object(changed);
  }
}
