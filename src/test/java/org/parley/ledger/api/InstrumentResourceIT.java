package org.parley.ledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertInvalid;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.TRACK;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.ours;
import static org.parley.support.Workflow.phase;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.proposal;
import static org.parley.support.Workflow.put;
import static org.parley.support.Workflow.step;
import static org.parley.support.Workflow.theirs;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code /api/instruments}: the leverage register, read by every signed-in user and kept by
 * administrators (create, edit with {@code If-Match}, retire, reactivate, delete what no proposal
 * names), and what a retired instrument means for drafts.
 */
@DatabaseSensitive(
    "the register's versions, and the query whether any proposal names an instrument")
class InstrumentResourceIT {

  private static final String ADMIN = "admin";

  /** One demo user of every role but ADMIN. */
  private static final List<String> NON_ADMINS =
      List.of("drafter", "envoy", "state", "state-lead", "deputy", "principal", "auditor");

  /** Demo instrument 2, the UN cap on refined petroleum imports, named by demo proposals. */
  private static final long PETROLEUM_CAP = 2;

  /** Demo instrument 13, the Kaesong exemption: retired, named by DPRK-2026-0004. */
  private static final long RETIRED_KAESONG = 13;

  private static JsonObjectBuilder body(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "COMBINED_EXERCISE")
        .add("tier", 2)
        .add("reversibility", "REVERSIBLE_AT_COST")
        .add("owningAgency", "DEFENSE")
        .add("notes", "Field training\nand command-post drills.")
        .add("estimatedCost", "USD 14 million per exercise")
        .add("legalBasis", "U.S.-ROK Mutual Defense Treaty (1953)");
  }

  private static JsonObject create(String name) {
    HttpResponse<String> created = post(ADMIN, "/api/instruments", body(name).build());
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }

  private static long id(JsonObject instrument) {
    return instrument.getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> delete(String user, long id) {
    return Api.send(Api.request("/api/instruments/" + id, user, DemoUsers.PASSWORD).DELETE());
  }

  private static HttpResponse<String> postEmpty(String user, String path) {
    return Api.send(
        Api.request(path, user, DemoUsers.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static JsonObject read(long id) {
    HttpResponse<String> read = get("drafter", "/api/instruments/" + id);
    assertEquals(200, read.statusCode(), read.body());
    return Api.object(read);
  }

  // --- create and read ---

  @Test
  void administratorCreatesAnInstrumentAnswering201WithLocationTagAndRepresentation() {
    String name = "Autumn combined exercise " + token();
    HttpResponse<String> created = post(ADMIN, "/api/instruments", body(name).build());

    assertEquals(201, created.statusCode(), created.body());
    JsonObject instrument = Api.object(created);
    long id = id(instrument);
    assertTrue(
        created.headers().firstValue("Location").orElseThrow().endsWith("/api/instruments/" + id));
    assertEquals("\"0\"", created.headers().firstValue("ETag").orElseThrow());
    assertEquals(name, instrument.getString("name"));
    assertEquals("COMBINED_EXERCISE", instrument.getString("kind"));
    assertEquals(2, instrument.getInt("tier"));
    assertEquals("REVERSIBLE_AT_COST", instrument.getString("reversibility"));
    assertEquals("DEFENSE", instrument.getString("owningAgency"));
    assertEquals("Field training\nand command-post drills.", instrument.getString("notes"));
    assertEquals("USD 14 million per exercise", instrument.getString("estimatedCost"));
    assertFalse(instrument.getBoolean("retired"));
    assertEquals(0, instrument.getInt("version"));

    assertEquals(instrument, read(id));
    assertTrue(
        Api.json(get("auditor", "/api/instruments").body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(i -> id(i) == id && i.getString("name").equals(name)));
  }

  @Test
  void optionalTextsMayBeLeftOut() {
    HttpResponse<String> created =
        post(
            ADMIN,
            "/api/instruments",
            body("Bare instrument " + token())
                .remove("notes")
                .addNull("estimatedCost")
                .add("legalBasis", "  ")
                .build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject instrument = Api.object(created);
    assertTrue(instrument.isNull("notes"));
    assertTrue(instrument.isNull("estimatedCost"));
    assertTrue(instrument.isNull("legalBasis"));
  }

  @Test
  void aNameTheRegisterHasIsRefusedNamingNameEvenInAnotherCase() {
    String name = "Liaison office in Wonsan " + token();
    create(name);

    HttpResponse<String> again = post(ADMIN, "/api/instruments", body(name).build());
    HttpResponse<String> shouted =
        post(ADMIN, "/api/instruments", body("  " + name.toUpperCase() + " ").build());

    assertTrue(assertInvalid("name", again).getString("detail").contains(name));
    assertInvalid("name", shouted);
    long named =
        Api.json(get(ADMIN, "/api/instruments").body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("name").equalsIgnoreCase(name))
            .count();
    assertEquals(1, named);
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "kind", "tier", "reversibility", "owningAgency"})
  void aMissingRequiredMemberIsRefusedNamingIt(String member) {
    String name = "Missing " + member + " " + token();
    assertInvalid(member, post(ADMIN, "/api/instruments", body(name).remove(member).build()));
    assertFalse(get(ADMIN, "/api/instruments").body().contains(name));
  }

  @Test
  void badValuesAreRefusedNamingTheirField() {
    String name = "Bad values " + token();
    assertInvalid("tier", post(ADMIN, "/api/instruments", body(name).add("tier", 4).build()));
    assertInvalid("tier", post(ADMIN, "/api/instruments", body(name).add("tier", 0).build()));
    assertInvalid("tier", post(ADMIN, "/api/instruments", body(name).add("tier", "1").build()));
    assertInvalid(
        "kind", post(ADMIN, "/api/instruments", body(name).add("kind", "NUCLEAR").build()));
    assertInvalid(
        "owningAgency",
        post(ADMIN, "/api/instruments", body(name).add("owningAgency", "USAID").build()));
    assertInvalid(
        "legalBasis",
        post(ADMIN, "/api/instruments", body(name).add("legalBasis", "two\nlines").build()));
    assertInvalid("name", post(ADMIN, "/api/instruments", body("x".repeat(201)).build()));
    assertFalse(get(ADMIN, "/api/instruments").body().contains(name));
  }

  // --- update with If-Match ---

  @Test
  void administratorUpdatesWithIfMatchAndAStaleTagIsRefusedWith412LeavingItUnchanged() {
    JsonObject instrument = create("Bomber flights " + token());
    long id = id(instrument);
    String renamed = "Bomber flights over the peninsula " + token();

    HttpResponse<String> updated =
        put(
            ADMIN,
            "/api/instruments/" + id,
            body(renamed).add("tier", 3).add("reversibility", "EASILY_REVERSIBLE").build(),
            "\"0\"");

    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals("\"1\"", updated.headers().firstValue("ETag").orElseThrow());
    assertEquals(renamed, Api.object(updated).getString("name"));
    assertEquals(3, Api.object(updated).getInt("tier"));

    HttpResponse<String> stale =
        put(ADMIN, "/api/instruments/" + id, body("Lost edit " + token()).build(), "\"0\"");

    assertProblem(412, stale);
    assertEquals(renamed, read(id).getString("name"));
    assertEquals(3, read(id).getInt("tier"));

    HttpResponse<String> bare = put(ADMIN, "/api/instruments/" + id, body(renamed).build(), "1");
    assertEquals(200, bare.statusCode(), bare.body());
  }

  @Test
  void anUpdateWithoutOrWithAMalformedIfMatchIsRefused() {
    long id = id(create("Header check " + token()));

    HttpResponse<String> missing = put(ADMIN, "/api/instruments/" + id, body("x").build(), null);
    assertEquals("If-Match", assertProblem(428, missing).getString("field"));
    assertInvalid("If-Match", put(ADMIN, "/api/instruments/" + id, body("x").build(), "W/\"0\""));
    assertInvalid("If-Match", put(ADMIN, "/api/instruments/" + id, body("x").build(), "*"));
    assertEquals(0, read(id).getInt("version"));
  }

  @Test
  void anUpdateToAnotherInstrumentsNameOrWithBadInputIsRefusedLeavingItUnchanged() {
    JsonObject first = create("First " + token());
    JsonObject second = create("Second " + token());
    long id = id(second);

    assertInvalid(
        "name",
        put(ADMIN, "/api/instruments/" + id, body(first.getString("name")).build(), "\"0\""));
    assertInvalid(
        "tier",
        put(
            ADMIN,
            "/api/instruments/" + id,
            body(second.getString("name")).add("tier", 9).build(),
            "\"0\""));

    assertEquals(second, read(id));
    HttpResponse<String> sameName =
        put(
            ADMIN,
            "/api/instruments/" + id,
            body(second.getString("name")).add("tier", 1).build(),
            "\"0\"");
    assertEquals(200, sameName.statusCode(), "keeping its own name is no duplicate");
  }

  // --- retire, reactivate, delete ---

  @Test
  void administratorRetiresAndReactivatesAnInstrument() {
    long id = id(create("Textile ban " + token()));

    HttpResponse<String> retired = postEmpty(ADMIN, "/api/instruments/" + id + "/retire");
    assertEquals(200, retired.statusCode(), retired.body());
    assertTrue(Api.object(retired).getBoolean("retired"));
    assertEquals("\"1\"", retired.headers().firstValue("ETag").orElseThrow());
    assertTrue(read(id).getBoolean("retired"));

    HttpResponse<String> again = postEmpty(ADMIN, "/api/instruments/" + id + "/retire");
    assertEquals(200, again.statusCode(), "retiring a retired instrument changes nothing");
    assertEquals(1, Api.object(again).getInt("version"));

    HttpResponse<String> reactivated = postEmpty(ADMIN, "/api/instruments/" + id + "/reactivate");
    assertEquals(200, reactivated.statusCode(), reactivated.body());
    assertFalse(Api.object(reactivated).getBoolean("retired"));
    assertFalse(read(id).getBoolean("retired"));
  }

  @Test
  void anInstrumentNoProposalNamesIsDeleted() {
    long id = id(create("Unused " + token()));

    HttpResponse<String> deleted = delete(ADMIN, id);

    assertEquals(204, deleted.statusCode(), deleted.body());
    assertProblem(404, get(ADMIN, "/api/instruments/" + id));
    assertProblem(404, delete(ADMIN, id));
  }

  @Test
  void anInstrumentADraftNamesIsNotDeletedOnlyRetired() {
    long id = id(create("Named by a draft " + token()));
    draftNaming(id, "Spends it " + token());

    JsonObject refused = assertProblem(409, delete(ADMIN, id));

    assertTrue(
        refused.getString("detail").endsWith("is named by a proposal: retire it instead."),
        refused.toString());
    assertEquals(200, get(ADMIN, "/api/instruments/" + id).statusCode());
    assertEquals(200, postEmpty(ADMIN, "/api/instruments/" + id + "/retire").statusCode());
  }

  @Test
  void anInstrumentOnlyASubmittedVersionNamesIsNotDeleted() {
    JsonObject refused = assertProblem(409, delete(ADMIN, PETROLEUM_CAP));
    assertTrue(refused.getString("detail").contains("UN cap on refined petroleum imports"));
    assertEquals(200, get(ADMIN, "/api/instruments/" + PETROLEUM_CAP).statusCode());
  }

  @Test
  void anUnknownInstrumentIsNotFoundForEveryOperation() {
    long unknown = 987_654_321L;
    String path = "/api/instruments/" + unknown;
    assertProblem(404, get("drafter", path));
    assertProblem(404, put(ADMIN, path, body("Nothing " + token()).build(), "\"0\""));
    assertProblem(404, postEmpty(ADMIN, path + "/retire"));
    assertProblem(404, postEmpty(ADMIN, path + "/reactivate"));
    assertProblem(404, delete(ADMIN, unknown));
  }

  // --- who may ---

  @Test
  void everyOtherRoleReadsTheRegisterButIsForbiddenToChangeIt() {
    JsonObject instrument = create("Kept by administrators " + token());
    long id = id(instrument);
    for (String user : NON_ADMINS) {
      assertEquals(200, get(user, "/api/instruments").statusCode(), user);
      assertEquals(200, get(user, "/api/instruments/" + id).statusCode(), user);
      assertProblem(403, post(user, "/api/instruments", body("Mine " + token()).build()));
      assertProblem(
          403, put(user, "/api/instruments/" + id, body("Mine " + token()).build(), "\"0\""));
      assertProblem(403, postEmpty(user, "/api/instruments/" + id + "/retire"));
      assertProblem(403, postEmpty(user, "/api/instruments/" + id + "/reactivate"));
      assertProblem(403, delete(user, id));
    }
    assertEquals(instrument, read(id));
  }

  @Test
  void nobodySignedInGets401() {
    HttpResponse<String> anonymous = Api.send(Api.request("/api/instruments"));
    assertEquals(401, anonymous.statusCode());
  }

  // --- a retired instrument in proposals ---

  @Test
  void aRetiredInstrumentCannotBeNewlyChosenButADraftThatNamedItKeepsIt() {
    long id = id(create("Soon retired " + token()));
    JsonObject named = draftNaming(id, "Named before " + token());
    long otherDraft =
        Api.object(post("drafter", "/api/proposals", proposalNaming(null, "Other " + token())))
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, postEmpty(ADMIN, "/api/instruments/" + id + "/retire").statusCode());

    HttpResponse<String> kept =
        put(
            "drafter",
            "/api/proposals/" + named.getJsonNumber("id").longValue(),
            proposalNaming(id, "Named before, revised " + token()),
            "\"" + named.getInt("version") + "\"");
    assertEquals(200, kept.statusCode(), kept.body());
    assertEquals(
        id,
        Api.object(kept)
            .getJsonArray("phases")
            .getJsonObject(0)
            .getJsonArray("steps")
            .getJsonObject(0)
            .getJsonObject("ours")
            .getJsonNumber("instrumentId")
            .longValue());

    String title = "Chosen after " + token();
    JsonObject refused =
        assertInvalid(
            "phases[0].steps[0].ours.instrumentId",
            post("drafter", "/api/proposals", proposalNaming(id, title)));
    assertTrue(refused.getString("detail").contains("retired"), refused.toString());
    assertInvalid(
        "phases[0].steps[0].ours.instrumentId",
        put("drafter", "/api/proposals/" + otherDraft, proposalNaming(id, title), "\"0\""));
    assertInvalid(
        "phases[0].steps[0].ours.instrumentId",
        post("drafter", "/api/proposals", proposalNaming(RETIRED_KAESONG, title)));
    assertEquals(
        0, Api.object(get("drafter", "/api/proposals?q=" + title.split(" ")[2])).getInt("total"));
  }

  // --- helpers ---

  /** A one-step proposal on track 1 whose our side spends {@code instrumentId} (or nothing). */
  private static JsonObject proposalNaming(Long instrumentId, String title) {
    JsonObjectBuilder ours = ours("EXERCISE_ADJUSTMENT");
    if (instrumentId != null) {
      ours.add("instrumentId", instrumentId);
    }
    return proposal(
            TRACK,
            title,
            "CONFIDENTIAL",
            phase(
                "Exercises for a moratorium",
                step(ours, theirs("TEST_MORATORIUM", "NATIONAL_TECHNICAL_MEANS"))))
        .build();
  }

  private static JsonObject draftNaming(long instrumentId, String title) {
    HttpResponse<String> created =
        post("drafter", "/api/proposals", proposalNaming(instrumentId, title));
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }
}
