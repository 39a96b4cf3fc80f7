package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * Sets up proposals for the browser tests through the REST API of the clearance workflow issue
 * (issue 3, "REST contract"): drafting, submitting, positions, comment answers and revisions, each
 * as the demo user who may take that step. Tests then drive only the page under test.
 *
 * <p>Until the proposal endpoints exist, {@link #create} skips the calling test (an assumption, not
 * a failure) with a message saying what it waits for.
 */
public final class ProposalScenario {

  /** The demo DPRK working-level track: envoy {@code envoy}, staff {@code drafter}. */
  public static final long WORKING_TRACK = 1;

  private ProposalScenario() {}

  // --- ledger content ---

  /** Our side of a step. */
  public static JsonObject ours(String category, String description, String reversibility) {
    return Json.createObjectBuilder()
        .add("category", category)
        .add("description", description)
        .add("reversibility", reversibility)
        .build();
  }

  /** Our side of a step, spending an instrument of the leverage register. */
  public static JsonObject ours(
      String category, String description, String reversibility, long instrumentId) {
    return Json.createObjectBuilder(ours(category, description, reversibility))
        .add("instrumentId", instrumentId)
        .build();
  }

  /** Their side of a step. */
  public static JsonObject theirs(
      String category, String description, String reversibility, String verification) {
    return Json.createObjectBuilder()
        .add("category", category)
        .add("description", description)
        .add("reversibility", reversibility)
        .add("verification", verification)
        .build();
  }

  public static JsonObject step(JsonObject ours, JsonObject theirs) {
    return Json.createObjectBuilder().add("ours", ours).add("theirs", theirs).build();
  }

  public static JsonObject phase(String title, JsonObject... steps) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject step : steps) {
      array.add(step);
    }
    return Json.createObjectBuilder().add("title", title).add("steps", array).build();
  }

  /** The body of POST and PUT {@code /api/proposals} on the working-level track. */
  public static JsonObject content(
      String title, String summary, String classification, JsonObject... phases) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject phase : phases) {
      array.add(phase);
    }
    return Json.createObjectBuilder()
        .add("trackId", WORKING_TRACK)
        .add("title", title)
        .add("summary", summary)
        .add("classification", classification)
        .add("phases", array)
        .build();
  }

  // --- the workflow, step by step ---

  /** Drafts a proposal as {@code drafter}; returns its id. Skips the test without the API. */
  public static long create(JsonObject content) {
    HttpResponse<String> response = post("/api/proposals", "drafter", content);
    Assumptions.assumeTrue(
        response.statusCode() != 404 && response.statusCode() != 405,
        "Waits for the proposal REST API of issue 3 (POST /api/proposals answered "
            + response.statusCode()
            + ").");
    assertEquals(201, response.statusCode(), response.body());
    return Api.object(response).getJsonNumber("id").longValue();
  }

  /** Submits as the track's envoy, with agencies added; the proposal goes into clearance. */
  public static JsonObject submit(long id, String... additionalAgencies) {
    JsonArrayBuilder added = Json.createArrayBuilder();
    for (String agency : additionalAgencies) {
      added.add(agency);
    }
    JsonObject body = Json.createObjectBuilder().add("additionalAgencies", added).build();
    return ok(post("/api/proposals/" + id + "/submit", "envoy", body));
  }

  /**
   * Takes {@code agency}'s position as that agency's demo reviewer (user named like the agency),
   * with comments given as type, text, type, text, …
   */
  public static JsonObject position(long id, String agency, String position, String... comments) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (int i = 0; i + 1 < comments.length; i += 2) {
      array.add(Json.createObjectBuilder().add("type", comments[i]).add("text", comments[i + 1]));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("position", position).add("comments", array);
    return ok(
        post(
            "/api/proposals/" + id + "/clearance/" + agency,
            agency.toLowerCase(Locale.ROOT),
            body.build()));
  }

  /** The latest clearance round, as the drafter reads it. */
  public static JsonObject clearance(long id) {
    return ok(Api.send(Api.request("/api/proposals/" + id + "/clearance", "drafter", pw())));
  }

  /** The comments of the latest round, in agency order. */
  public static JsonArray comments(long id) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    clearance(id).getJsonArray("positions").stream()
        .map(JsonObject.class::cast)
        .flatMap(p -> p.getJsonArray("comments").stream())
        .forEach(all::add);
    return all.build();
  }

  /** Answers every comment of the latest round as the drafter: accepted. */
  public static void acceptAllComments(long id) {
    for (JsonObject comment : comments(id).getValuesAs(JsonObject.class)) {
      JsonObject body = Json.createObjectBuilder().add("accepted", true).addNull("reason").build();
      ok(
          post(
              "/api/proposals/"
                  + id
                  + "/comments/"
                  + comment.getJsonNumber("id").longValue()
                  + "/resolution",
              "drafter",
              body));
    }
  }

  /** The proposal as the drafter reads it. */
  public static JsonObject proposal(long id) {
    return ok(Api.send(Api.request("/api/proposals/" + id, "drafter", pw())));
  }

  /** Replaces the draft's content as the drafter, with the version just read as If-Match. */
  public static JsonObject revise(long id, JsonObject content) {
    HttpResponse<String> current = Api.send(Api.request("/api/proposals/" + id, "drafter", pw()));
    String etag = current.headers().firstValue("ETag").orElseThrow();
    return ok(
        Api.send(
            Api.request("/api/proposals/" + id, "drafter", pw())
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(content.toString()))));
  }

  // --- plumbing ---

  private static String pw() {
    return DemoUsers.PASSWORD;
  }

  private static HttpResponse<String> post(String path, String user, JsonObject body) {
    return Api.send(
        Api.request(path, user, pw())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Api.object(response);
  }
}
