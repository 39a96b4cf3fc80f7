package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The clearance workflow driven through the REST API by the demo users, for the ITs: bodies to
 * send, calls as a given user, and the steps every test needs (draft, submit, answer a round). Each
 * test drafts its own proposals on demo track 1 and marks their titles with a fresh token, so that
 * tests neither depend on each other nor on what else the server's persistent data holds.
 *
 * <p>Which agencies a round needs is read from the answers, never assumed: routing rules are data
 * that other tests may change.
 */
public final class Workflow {

  /** The demo working-level track: envoy {@code envoy}, staff {@code drafter}. */
  public static final long TRACK = 1;

  /** The demo summit track: envoy {@code envoy}, no staff. */
  public static final long SUMMIT_TRACK = 2;

  /**
   * The demo Iran working-level track: envoy {@code iran-envoy}, no staff; another team's track.
   */
  public static final long IRAN_TRACK = 3;

  public static final List<String> AGENCIES =
      List.of("STATE", "DEFENSE", "ENERGY", "TREASURY", "IC", "NSC");

  private Workflow() {}

  // --- requests ---

  public static HttpResponse<String> get(String user, String path) {
    return Api.send(Api.request(path, user, DemoUsers.PASSWORD));
  }

  public static HttpResponse<String> post(String user, String path, JsonValue body) {
    return post(user, path, body.toString());
  }

  public static HttpResponse<String> post(String user, String path, String body) {
    return Api.send(
        Api.request(path, user, DemoUsers.PASSWORD)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** PUT with {@code If-Match} when {@code ifMatch} is not null. */
  public static HttpResponse<String> put(String user, String path, JsonValue body, String ifMatch) {
    HttpRequest.Builder request =
        Api.request(path, user, DemoUsers.PASSWORD)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  // --- bodies ---

  /** A fresh token to mark a test's titles, so that list queries find only that test's rows. */
  public static String token() {
    return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Our side of a step. */
  public static JsonObjectBuilder ours(String category) {
    return Json.createObjectBuilder()
        .add("category", category)
        .add("description", "We " + category.toLowerCase(Locale.ROOT).replace('_', ' ') + ".")
        .add("reversibility", "EASILY_REVERSIBLE");
  }

  /** Their side of a step. */
  public static JsonObjectBuilder theirs(String category, String verification) {
    return Json.createObjectBuilder()
        .add("category", category)
        .add("description", "They " + category.toLowerCase(Locale.ROOT).replace('_', ' ') + ".")
        .add("reversibility", "REVERSIBLE_AT_COST")
        .add("verification", verification);
  }

  public static JsonObjectBuilder step(JsonObjectBuilder ours, JsonObjectBuilder theirs) {
    JsonObjectBuilder step = Json.createObjectBuilder();
    step.add("ours", ours == null ? JsonValue.NULL : ours.build());
    step.add("theirs", theirs == null ? JsonValue.NULL : theirs.build());
    return step;
  }

  public static JsonObjectBuilder phase(String title, JsonObjectBuilder... steps) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObjectBuilder step : steps) {
      array.add(step);
    }
    return Json.createObjectBuilder().add("title", title).add("steps", array);
  }

  /** A proposal body on {@code trackId} with the given phases. */
  public static JsonObjectBuilder proposal(
      long trackId, String title, String classification, JsonObjectBuilder... phases) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObjectBuilder phase : phases) {
      array.add(phase);
    }
    return Json.createObjectBuilder()
        .add("trackId", trackId)
        .add("title", title)
        .add("summary", "Summary of " + title + ".")
        .add("classification", classification)
        .add("phases", array);
  }

  /** A complete one-phase proposal on track 1: a liaison office for the repatriation of remains. */
  public static JsonObject completeProposal(String title, String classification) {
    return proposal(
            TRACK,
            title,
            classification,
            phase(
                "Phase 1",
                step(ours("LIAISON_OFFICE"), theirs("REPATRIATION", "SELF_DECLARATION"))))
        .build();
  }

  /** A complete one-phase proposal on the Iran track: humanitarian transfers for a freeze. */
  public static JsonObject iranProposal(String title) {
    return proposal(
            IRAN_TRACK,
            title,
            "SECRET",
            phase("Phase 1", step(ours("HUMANITARIAN_AID"), theirs("FREEZE", "IAEA_INSPECTION"))))
        .build();
  }

  public static JsonObject submission(String... additionalAgencies) {
    JsonArrayBuilder agencies = Json.createArrayBuilder();
    for (String agency : additionalAgencies) {
      agencies.add(agency);
    }
    return Json.createObjectBuilder().add("additionalAgencies", agencies).build();
  }

  /** A position body; comments are given as type, text, type, text… */
  public static JsonObject position(String position, String... typesAndTexts) {
    JsonArrayBuilder comments = Json.createArrayBuilder();
    for (int i = 0; i < typesAndTexts.length; i += 2) {
      comments.add(
          Json.createObjectBuilder()
              .add("type", typesAndTexts[i])
              .add("text", typesAndTexts[i + 1]));
    }
    return Json.createObjectBuilder().add("position", position).add("comments", comments).build();
  }

  // --- steps of the workflow, each asserting that it worked ---

  /** The drafter drafts a complete proposal on track 1; its representation. */
  public static JsonObject draft(String title, String classification) {
    HttpResponse<String> created =
        post("drafter", "/api/proposals", completeProposal(title, classification));
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }

  /** The envoy submits the proposal; its representation afterwards. */
  public static JsonObject submit(long id, String... additionalAgencies) {
    HttpResponse<String> submitted =
        post("envoy", "/api/proposals/" + id + "/submit", submission(additionalAgencies));
    assertEquals(200, submitted.statusCode(), submitted.body());
    return Api.object(submitted);
  }

  /** The proposal as {@code user} reads it. */
  public static JsonObject read(String user, long id) {
    HttpResponse<String> read = get(user, "/api/proposals/" + id);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  public static JsonObject clearance(long id) {
    HttpResponse<String> read = get("envoy", "/api/proposals/" + id + "/clearance");
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  public static JsonArray history(long id) {
    HttpResponse<String> read = get("envoy", "/api/proposals/" + id + "/history");
    assertEquals(200, read.statusCode(), read.body());
    return (JsonArray) Api.json(read.body());
  }

  /** The agencies the proposal's latest round needs. */
  public static List<String> requiredAgencies(JsonObject proposal) {
    return proposal.getJsonArray("requiredAgencies").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** The demo reviewer of an agency: {@code state} for STATE, and so on. */
  public static String reviewerOf(String agency) {
    return agency.toLowerCase(Locale.ROOT);
  }

  /** The agency's reviewer takes {@code body}'s position; the answer. */
  public static HttpResponse<String> takePosition(long id, String agency, JsonObject body) {
    return post(reviewerOf(agency), "/api/proposals/" + id + "/clearance/" + agency, body);
  }

  /**
   * Every agency of the open round that has not answered yet takes a position: the one given in
   * {@code positions} for it, else CONCUR. Returns the proposal afterwards.
   */
  public static JsonObject answerRound(long id, Map<String, JsonObject> positions) {
    for (JsonObject slot : clearance(id).getJsonArray("positions").getValuesAs(JsonObject.class)) {
      if (slot.isNull("position")) {
        String agency = slot.getString("agency");
        HttpResponse<String> answer =
            takePosition(id, agency, positions.getOrDefault(agency, position("CONCUR")));
        assertEquals(200, answer.statusCode(), answer.body());
      }
    }
    return read("envoy", id);
  }

  /** Drafted, submitted and concurred by every agency: the proposal, awaiting a decision. */
  public static JsonObject awaitingDecision(String title, String classification) {
    long id = draft(title, classification).getJsonNumber("id").longValue();
    submit(id);
    JsonObject cleared = answerRound(id, Map.of());
    assertEquals("AWAITING_DECISION", cleared.getString("status"));
    return cleared;
  }

  /** The actions of the proposal's history, in order. */
  public static List<String> actions(long id) {
    return history(id).getValuesAs(JsonObject.class).stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  public static long id(JsonObject proposal) {
    return proposal.getJsonNumber("id").longValue();
  }
}
