package org.parley.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Workflow.get;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code GET /api/dashboard} and its drill-down lists: who may see which tracks, that a workflow
 * moves the figures it should, and that every figure equals the length of the list behind it.
 */
@DatabaseSensitive("the dashboard's aggregates and drill-down lists in SQL")
class DashboardResourceIT {

  private static final List<String> STATUSES =
      List.of("DRAFT", "IN_CLEARANCE", "AWAITING_DECISION", "APPROVED", "REJECTED", "WITHDRAWN");

  @Test
  void leadershipSeesEveryStatusAndAgencyOverTheLastNinetyDaysByDefault() {
    JsonObject figures = figures("deputy", "");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(today.toString(), figures.getString("to"));
    assertEquals(today.minusDays(89).toString(), figures.getString("from"));
    assertEquals(
        STATUSES,
        figures.getJsonArray("pipeline").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("status"))
            .toList());
    assertEquals(Workflow.AGENCIES, agencies(figures, "clearanceTimes"));
    assertEquals(Workflow.AGENCIES, agencies(figures, "overdueSlots"));
    assertEquals(Workflow.AGENCIES, agencies(figures, "objections"));
    assertEquals("WEEK", figures.getString("decisionBucket"));
    assertTrue(figures.getJsonArray("decisions").size() >= 13, figures.toString());
    assertEquals(4, figures.getJsonArray("leverage").size());
  }

  @Test
  void aWorkflowMovesTheFiguresOfItsTrack() {
    JsonObject before = figures("deputy", "?trackId=1");
    long id = Workflow.id(Workflow.draft("Dashboard " + Workflow.token(), "SECRET"));
    JsonObject drafted = figures("deputy", "?trackId=1");
    assertEquals(status(before, "DRAFT") + 1, status(drafted, "DRAFT"));

    JsonObject submitted = Workflow.submit(id);
    List<String> agencies = Workflow.requiredAgencies(submitted);
    String objecting = agencies.get(0);
    Workflow.answerRound(
        id,
        Map.of(
            objecting,
            Workflow.position("NON_CONCUR", "SUBSTANTIVE", "The sequencing favours them.")));
    JsonObject cleared = figures("deputy", "?trackId=1");
    assertEquals(status(before, "AWAITING_DECISION") + 1, status(cleared, "AWAITING_DECISION"));
    assertEquals(status(before, "DRAFT"), status(cleared, "DRAFT"));
    assertEquals(
        nonConcurrences(before, objecting) + 1, nonConcurrences(cleared, objecting), objecting);
    for (String agency : agencies) {
      assertEquals(
          positions(before, agency) + 1, positions(cleared, agency), agency + " positions");
    }

    HttpResponse<String> decided =
        Workflow.post(
            "principal",
            "/api/proposals/" + id + "/decision",
            Json.createObjectBuilder()
                .add("outcome", "APPROVED")
                .add("rationale", "Sound trade.")
                .build());
    assertEquals(200, decided.statusCode(), decided.body());
    JsonObject approved = figures("deputy", "?trackId=1");
    assertEquals(status(before, "APPROVED") + 1, status(approved, "APPROVED"));
    assertEquals(decisions(before, "approved") + 1, decisions(approved, "approved"));
    // One step, a liaison office for repatriation, spending no registered instrument.
    assertEquals(leverageSteps(before, null) + 1, leverageSteps(approved, null));
  }

  @Test
  void everyFigureEqualsTheLengthOfTheListBehindIt() {
    String period = "from=2020-01-01";
    JsonObject figures = figures("auditor", "?" + period);
    for (JsonObject row : figures.getJsonArray("pipeline").getValuesAs(JsonObject.class)) {
      assertTotal(row.getJsonNumber("count").longValue(), "pipeline", row.getString("status"));
    }
    for (JsonObject row : figures.getJsonArray("clearanceTimes").getValuesAs(JsonObject.class)) {
      assertTotal(
          row.getJsonNumber("positions").longValue(),
          "clearance-time?" + period,
          row.getString("agency"));
    }
    for (JsonObject row : figures.getJsonArray("overdueSlots").getValuesAs(JsonObject.class)) {
      assertTotal(row.getJsonNumber("count").longValue(), "overdue-slots", row.getString("agency"));
    }
    for (JsonObject row : figures.getJsonArray("objections").getValuesAs(JsonObject.class)) {
      assertTotal(
          row.getJsonNumber("nonConcurrences").longValue()
              + row.getJsonNumber("changesRequested").longValue(),
          "objections?" + period,
          row.getString("agency"));
    }
    for (String outcome : List.of("approved", "returned", "rejected")) {
      long sum =
          figures.getJsonArray("decisions").getValuesAs(JsonObject.class).stream()
              .mapToLong(d -> d.getJsonNumber(outcome).longValue())
              .sum();
      assertTotal(sum, "decisions?" + period, outcome);
    }
    for (JsonObject row : figures.getJsonArray("leverage").getValuesAs(JsonObject.class)) {
      String tier = row.isNull("tier") ? "NONE" : String.valueOf(row.getInt("tier"));
      JsonObject list = drillDown("auditor", "leverage?" + period + "&size=100&key=" + tier);
      assertEquals(row.getJsonNumber("steps").longValue(), list.getJsonNumber("total").longValue());
      if (list.getJsonNumber("total").longValue() <= 100) {
        List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(
            row.getJsonNumber("committed").longValue(),
            items.stream().mapToLong(i -> i.getInt("committed")).sum(),
            "committed points of tier " + tier);
        assertEquals(
            row.getJsonNumber("received").longValue(),
            items.stream().mapToLong(i -> i.getInt("received")).sum(),
            "received points of tier " + tier);
      }
    }
  }

  @Test
  void aDeputyOverseesDraftsWithoutReadingThem() {
    long id = Workflow.id(Workflow.draft("Unseen draft " + Workflow.token(), "SECRET"));
    JsonObject forDeputy = find(drillDown("deputy", "pipeline?key=DRAFT&size=100"), id);
    assertTrue(forDeputy.isNull("title"), forDeputy.toString());
    JsonObject forAuditor = find(drillDown("auditor", "pipeline?key=DRAFT&size=100"), id);
    assertTrue(forAuditor.getString("title").startsWith("Unseen draft"));
  }

  @Test
  void theTextFilterCannotProbeAWithheldTitle() {
    String secret = Workflow.token();
    JsonObject draft = Workflow.draft("Withheld " + secret, "SECRET");
    String reference = draft.getString("reference");
    assertEquals(
        0,
        drillDown("deputy", "pipeline?key=DRAFT&text=" + secret)
            .getJsonNumber("total")
            .longValue());
    assertEquals(
        1,
        drillDown("auditor", "pipeline?key=DRAFT&text=" + secret)
            .getJsonNumber("total")
            .longValue());
    // The reference is counted and shown anyway: filtering by it finds the row.
    assertEquals(
        1,
        drillDown("deputy", "pipeline?key=DRAFT&text=" + reference)
            .getJsonNumber("total")
            .longValue());
  }

  @Test
  void theTextFilterNarrowsAListAndPagesCount() {
    String token = Workflow.token();
    for (int i = 0; i < 3; i++) {
      Workflow.draft("Paged " + token + " " + i, "SECRET");
    }
    JsonObject first = drillDown("auditor", "pipeline?key=DRAFT&size=2&text=" + token);
    assertEquals(3, first.getJsonNumber("total").longValue());
    assertEquals(2, first.getJsonArray("items").size());
    JsonObject second = drillDown("auditor", "pipeline?key=DRAFT&size=2&page=1&text=" + token);
    assertEquals(1, second.getJsonArray("items").size());
  }

  @Test
  void onlyLeadershipAuditorsAndEnvoysSeeTheDashboard() {
    for (String user : List.of("drafter", "state", "state-lead", "admin")) {
      HttpResponse<String> refused = get(user, "/api/dashboard");
      assertEquals(403, refused.statusCode(), user + ": " + refused.body());
      assertEquals(403, get(user, "/api/dashboard/pipeline").statusCode(), user);
    }
    assertEquals(401, Api.send(Api.request("/api/dashboard")).statusCode());
  }

  @Test
  void anEnvoySeesOnlyTheTracksTheyLead() {
    HttpResponse<String> otherTrack = get("iran-envoy", "/api/dashboard?trackId=1");
    assertEquals(403, otherTrack.statusCode(), otherTrack.body());
    assertEquals(403, get("iran-envoy", "/api/dashboard/pipeline?trackId=1").statusCode());
    // Without a track filter: the Iran track only, as the auditor counts it (both SECRET).
    assertEquals(
        total(figures("auditor", "?trackId=3")), total(figures("iran-envoy", "")), "Iran track");
    JsonObject list = drillDown("iran-envoy", "pipeline?size=100");
    assertFalse(list.getJsonArray("items").isEmpty());
    for (JsonObject row : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertTrue(row.getString("track").startsWith("Iran"), row.toString());
    }
  }

  @Test
  void figuresStayWithinTheCallersClearance() {
    HttpResponse<String> drafted =
        Workflow.post(
            "envoy",
            "/api/proposals",
            Workflow.completeProposal("Top secret draft " + Workflow.token(), "TOP_SECRET"));
    assertEquals(201, drafted.statusCode(), drafted.body());
    JsonObject list = drillDown("auditor", "pipeline?size=100&key=DRAFT");
    for (JsonObject row : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertFalse(row.getString("classification").equals("TOP_SECRET"), row.toString());
    }
    assertTrue(total(figures("deputy", "")) > total(figures("auditor", "")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/dashboard?from=2026-02-30 | from",
        "/api/dashboard?to=yesterday | to",
        "/api/dashboard?from=2026-11-02&to=2026-11-01 | from",
        "/api/dashboard?from=2000-01-01&to=2026-11-01 | from",
        "/api/dashboard?trackId=one | trackId",
        "/api/dashboard/pipeline?key=LOST | key",
        "/api/dashboard/clearance-time?key=MARS | key",
        "/api/dashboard/leverage?key=4 | key",
        "/api/dashboard/pipeline?size=101 | size",
        "/api/dashboard/gossip | tile"
      })
  void badFiltersAreRefusedNamingTheField(String path, String field) {
    HttpResponse<String> refused = get("deputy", path);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(field, Api.object(refused).getString("field"));
  }

  @Test
  void anUnknownTrackIsNotFound() {
    assertEquals(404, get("deputy", "/api/dashboard?trackId=999999").statusCode());
  }

  // --- helpers ---

  private static JsonObject figures(String user, String query) {
    HttpResponse<String> read = get(user, "/api/dashboard" + query);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  private static JsonObject drillDown(String user, String tileAndQuery) {
    HttpResponse<String> read = get(user, "/api/dashboard/" + tileAndQuery);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  private static void assertTotal(long figure, String tile, String key) {
    String path = tile + (tile.contains("?") ? "&" : "?") + "size=1&key=" + key;
    assertEquals(
        figure, drillDown("auditor", path).getJsonNumber("total").longValue(), tile + " " + key);
  }

  private static JsonObject find(JsonObject list, long id) {
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getJsonNumber("proposalId").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("proposal " + id + " not listed: " + list));
  }

  private static List<String> agencies(JsonObject figures, String tile) {
    return figures.getJsonArray(tile).getValuesAs(JsonObject.class).stream()
        .map(row -> row.getString("agency"))
        .toList();
  }

  private static long total(JsonObject figures) {
    return figures.getJsonArray("pipeline").getValuesAs(JsonObject.class).stream()
        .mapToLong(row -> row.getJsonNumber("count").longValue())
        .sum();
  }

  private static long status(JsonObject figures, String status) {
    return figures.getJsonArray("pipeline").getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getString("status").equals(status))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("count")
        .longValue();
  }

  private static JsonObject agencyRow(JsonObject figures, String tile, String agency) {
    return figures.getJsonArray(tile).getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getString("agency").equals(agency))
        .findFirst()
        .orElseThrow();
  }

  private static long nonConcurrences(JsonObject figures, String agency) {
    return agencyRow(figures, "objections", agency).getJsonNumber("nonConcurrences").longValue();
  }

  private static long positions(JsonObject figures, String agency) {
    return agencyRow(figures, "clearanceTimes", agency).getJsonNumber("positions").longValue();
  }

  private static long decisions(JsonObject figures, String outcome) {
    return figures.getJsonArray("decisions").getValuesAs(JsonObject.class).stream()
        .mapToLong(row -> row.getJsonNumber(outcome).longValue())
        .sum();
  }

  private static long leverageSteps(JsonObject figures, Integer tier) {
    JsonObject row =
        figures.getJsonArray("leverage").getValuesAs(JsonObject.class).stream()
            .filter(
                r ->
                    tier == null ? r.isNull("tier") : !r.isNull("tier") && r.getInt("tier") == tier)
            .findFirst()
            .orElseThrow();
    assertNotNull(row);
    return row.getJsonNumber("steps").longValue();
  }
}
