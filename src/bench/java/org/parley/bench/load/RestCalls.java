package org.parley.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The REST calls of one workflow as the ITs' {@code support.Workflow} makes them: the bodies, the
 * demo users who send them and their credentials.
 */
public final class RestCalls {

  /** The password of every demo user (README.md). */
  public static final String PASSWORD = "Parley-Demo-2026";

  /** The demo accounts the load signs in as (README.md). */
  public static final List<String> DEMO_USERS =
      List.of(
          "drafter",
          "envoy",
          "state",
          "defense",
          "energy",
          "treasury",
          "ic",
          "nsc",
          "deputy",
          "principal");

  /** The demo working-level track: envoy {@code envoy}, staff {@code drafter}. */
  public static final long TRACK = 1;

  /**
   * The envoy's submission, adding three agencies to those the routing rules require (STATE for
   * this proposal in the demo data), so that a round has the four positions of issue 7's workflow:
   * create, submit, four positions, decision. Which agencies the round needs is still read from the
   * answer.
   */
  public static final String SUBMISSION =
      "{\"additionalAgencies\":[\"DEFENSE\",\"ENERGY\",\"TREASURY\"]}";

  public static final String CONCUR = "{\"position\":\"CONCUR\",\"comments\":[]}";

  public static final String APPROVAL =
      "{\"outcome\":\"APPROVED\",\"rationale\":\"Cleared by every agency; approved under load.\"}";

  private RestCalls() {}

  /** A fresh, recognisable title. */
  public static String title() {
    return "Load " + UUID.randomUUID().toString().substring(0, 13);
  }

  /**
   * A complete one-phase proposal on track 1 (a liaison office for the repatriation of remains),
   * the same as the ITs draft.
   */
  public static String draftBody(String title) {
    JsonObject ours =
        Json.createObjectBuilder()
            .add("category", "LIAISON_OFFICE")
            .add("description", "We open a liaison office.")
            .add("reversibility", "EASILY_REVERSIBLE")
            .build();
    JsonObject theirs =
        Json.createObjectBuilder()
            .add("category", "REPATRIATION")
            .add("description", "They repatriate remains.")
            .add("reversibility", "REVERSIBLE_AT_COST")
            .add("verification", "SELF_DECLARATION")
            .build();
    return Json.createObjectBuilder()
        .add("trackId", TRACK)
        .add("title", title)
        .add("summary", "Summary of " + title + ".")
        .add("classification", "SECRET")
        .add(
            "phases",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("title", "Phase 1")
                        .add(
                            "steps",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("ours", ours)
                                        .add("theirs", theirs)))))
        .build()
        .toString();
  }

  /** The demo reviewer of an agency: {@code state} for STATE, and so on. */
  public static String reviewerOf(String agency) {
    return agency.toLowerCase(Locale.ROOT);
  }

  /** Principals and deputies decide in turn, by virtual user. */
  public static String decider(long userId) {
    return userId % 2 == 0 ? "principal" : "deputy";
  }

  /** HTTP Basic credentials of a demo user. */
  public static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public static String idempotencyKey() {
    return UUID.randomUUID().toString();
  }
}
