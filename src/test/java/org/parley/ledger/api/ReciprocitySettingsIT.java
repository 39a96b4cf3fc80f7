package org.parley.ledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.put;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code /api/reciprocity-settings}: everyone reads the front-loading threshold, only the
 * administrator changes it, with the version read; the live findings follow it at once. Every test
 * puts the threshold back, since other tests read findings computed with the default.
 */
@DatabaseSensitive("the threshold's version, changed and read back")
class ReciprocitySettingsIT {

  private static final String PATH = "/api/reciprocity-settings";

  @Test
  void everySignedInUserReadsTheSettings() {
    for (String user : List.of("drafter", "state", "principal", "auditor", "admin")) {
      HttpResponse<String> read = get(user, PATH);
      assertEquals(200, read.statusCode(), user + ": " + read.body());
      assertTrue(Api.object(read).containsKey("frontLoadingThreshold"));
    }
  }

  @Test
  void onlyTheAdministratorChangesThem() {
    JsonObject settings = settings();
    for (String user : List.of("drafter", "envoy", "state", "principal", "auditor")) {
      HttpResponse<String> refused = put(user, PATH, change(5, settings), null);
      assertEquals(403, refused.statusCode(), user + ": " + refused.body());
    }
    assertEquals(settings, settings());
  }

  @Test
  void theLiveFindingsFollowTheThresholdAndAStaleOrBadChangeIsRefused() {
    JsonObject before = settings();
    // One phase: an irreversible step of ours (3 points) for an easily reversible one (1): 2 ahead.
    long id =
        Workflow.id(
            Api.object(
                Workflow.post(
                    "drafter",
                    "/api/proposals",
                    Workflow.proposal(
                            Workflow.TRACK,
                            "Threshold " + Workflow.token(),
                            "SECRET",
                            Workflow.phase(
                                "Phase 1",
                                Workflow.step(
                                    Workflow.ours("LIAISON_OFFICE")
                                        .add("reversibility", "IRREVERSIBLE"),
                                    Workflow.theirs("DECLARATION", "IAEA_INSPECTION")
                                        .add("reversibility", "EASILY_REVERSIBLE"))))
                        .build())));
    try {
      JsonObject moved = changeTo(before.getInt("frontLoadingThreshold") + 1, before);
      HttpResponse<String> stale = put("admin", PATH, change(1, before), null);
      assertEquals(412, stale.statusCode(), stale.body());
      assertEquals(moved, settings());

      changeTo(2, moved);
      assertEquals(List.of("IRREVERSIBLE_FOR_REVERSIBLE"), rules(id));

      JsonObject atOne = changeTo(1, settings());
      assertEquals(1, atOne.getInt("frontLoadingThreshold"));
      assertEquals(List.of("FRONT_LOADING", "IRREVERSIBLE_FOR_REVERSIBLE"), rules(id));

      HttpResponse<String> negative = put("admin", PATH, change(-1, atOne), null);
      assertEquals(400, negative.statusCode(), negative.body());
      assertEquals("frontLoadingThreshold", Api.object(negative).getString("field"));
      assertEquals(atOne, settings());
    } finally {
      changeTo(before.getInt("frontLoadingThreshold"), settings());
    }
  }

  private static List<String> rules(long id) {
    return Api.object(get("drafter", "/api/proposals/" + id + "/findings"))
        .getJsonArray("findings")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(finding -> finding.getString("rule"))
        .toList();
  }

  private static JsonObject settings() {
    HttpResponse<String> read = get("admin", PATH);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  private static JsonObject changeTo(int threshold, JsonObject read) {
    HttpResponse<String> changed = put("admin", PATH, change(threshold, read), null);
    assertEquals(200, changed.statusCode(), changed.body());
    return Api.object(changed);
  }

  private static JsonObject change(int threshold, JsonObject read) {
    return Json.createObjectBuilder()
        .add("frontLoadingThreshold", threshold)
        .add("version", read.getJsonNumber("version").longValue())
        .build();
  }
}
