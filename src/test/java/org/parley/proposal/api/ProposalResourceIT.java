package org.parley.proposal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.TRACK;
import static org.parley.support.Workflow.actions;
import static org.parley.support.Workflow.completeProposal;
import static org.parley.support.Workflow.draft;
import static org.parley.support.Workflow.get;
import static org.parley.support.Workflow.history;
import static org.parley.support.Workflow.id;
import static org.parley.support.Workflow.ours;
import static org.parley.support.Workflow.phase;
import static org.parley.support.Workflow.position;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.proposal;
import static org.parley.support.Workflow.put;
import static org.parley.support.Workflow.read;
import static org.parley.support.Workflow.requiredAgencies;
import static org.parley.support.Workflow.step;
import static org.parley.support.Workflow.submission;
import static org.parley.support.Workflow.submit;
import static org.parley.support.Workflow.theirs;
import static org.parley.support.Workflow.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/** {@code /api/proposals}: drafting, editing, submitting, withdrawing, the list and history. */
@DatabaseSensitive(
    "drafting, versions, the list's filters and paging, the history: SQL of the proposal feature")
class ProposalResourceIT {

  // --- POST /api/proposals ---

  @Test
  void drafterCreatesAProposalAnswering201WithLocationTagAndRepresentation() {
    String title = "Liaison office " + token();
    HttpResponse<String> created =
        post("drafter", "/api/proposals", completeProposal(title, "SECRET"));

    assertEquals(201, created.statusCode(), created.body());
    JsonObject proposal = Api.object(created);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/proposals/" + id(proposal)), location);
    assertEquals(etag(proposal), created.headers().firstValue("ETag").orElseThrow());
    assertTrue(proposal.getString("reference").matches("DPRK-\\d{4}-\\d{4,}"));
    assertEquals(TRACK, proposal.getJsonNumber("trackId").longValue());
    assertEquals(title, proposal.getString("title"));
    assertEquals("Summary of " + title + ".", proposal.getString("summary"));
    assertEquals("SECRET", proposal.getString("classification"));
    assertEquals("DRAFT", proposal.getString("status"));
    assertEquals(0, proposal.getInt("versionNumber"));
    JsonObject step =
        proposal.getJsonArray("phases").getJsonObject(0).getJsonArray("steps").getJsonObject(0);
    assertEquals("LIAISON_OFFICE", step.getJsonObject("ours").getString("category"));
    assertEquals("REVERSIBLE_AT_COST", step.getJsonObject("theirs").getString("reversibility"));
    assertEquals("SELF_DECLARATION", step.getJsonObject("theirs").getString("verification"));
    assertTrue(requiredAgencies(proposal).contains("STATE"));

    HttpResponse<String> atLocation =
        Api.send(
            HttpRequest.newBuilder(java.net.URI.create(location))
                .header("Authorization", basic("drafter")));
    assertEquals(proposal, Api.object(atLocation));
  }

  @Test
  void aDraftMayLeaveAStepSideOutButCannotBeSubmittedSo() {
    JsonObjectBuilder oursOnly = Json.createObjectBuilder().add("ours", ours("HUMANITARIAN_AID"));
    JsonObject body =
        proposal(
                TRACK,
                "Half a step " + token(),
                "UNCLASSIFIED",
                phase("Phase 1", step(null, theirs("FREEZE", "NONE")), oursOnly))
            .build();

    HttpResponse<String> created = post("drafter", "/api/proposals", body);

    assertEquals(201, created.statusCode(), created.body());
    JsonObject proposal = Api.object(created);
    var steps = proposal.getJsonArray("phases").getJsonObject(0).getJsonArray("steps");
    assertTrue(steps.getJsonObject(0).isNull("ours"));
    assertTrue(steps.getJsonObject(1).isNull("theirs"));
    HttpResponse<String> submitted =
        post("envoy", "/api/proposals/" + id(proposal) + "/submit", submission());
    assertEquals(409, submitted.statusCode(), submitted.body());
    assertEquals("DRAFT", read("envoy", id(proposal)).getString("status"));
  }

  @Test
  void requiredAgenciesPreviewRoutingUntilTheRoundHoldsThem() {
    JsonObject body =
        proposal(
                TRACK,
                "Freeze for relief " + token(),
                "SECRET",
                phase(
                    "Phase 1", step(ours("SANCTIONS_RELIEF"), theirs("FREEZE", "IAEA_INSPECTION"))))
            .build();
    JsonObject draft = Api.object(post("drafter", "/api/proposals", body));
    List<String> preview = requiredAgencies(draft);

    JsonObject submitted = submit(id(draft), "NSC");

    assertTrue(preview.contains("STATE"), preview.toString());
    Set<String> expected = new HashSet<>(preview);
    expected.add("NSC");
    assertEquals(expected, Set.copyOf(requiredAgencies(submitted)));
    assertEquals(
        expected,
        Set.copyOf(
            Workflow.clearance(id(draft))
                .getJsonArray("positions")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(slot -> slot.getString("agency"))
                .toList()));
  }

  static Stream<Arguments> invalidProposals() {
    return Stream.of(
        invalid("title is missing", b -> b.remove("title"), "title"),
        invalid("title is a number", b -> b.add("title", 7), "title"),
        invalid("title is blank", b -> b.add("title", "   "), "title"),
        invalid("title is too long", b -> b.add("title", "t".repeat(201)), "title"),
        invalid("summary is too long", b -> b.add("summary", "s".repeat(4001)), "summary"),
        invalid(
            "classification is unknown",
            b -> b.add("classification", "COSMIC_TOP_SECRET"),
            "classification"),
        invalid("trackId is a string", b -> b.add("trackId", "1"), "trackId"),
        invalid("trackId is a fraction", b -> b.add("trackId", 1.5), "trackId"),
        invalid("trackId is no track", b -> b.add("trackId", 987654321), "trackId"),
        invalid("phases are missing", b -> b.remove("phases"), "phases"),
        invalid("phases are an object", b -> b.add("phases", Json.createObjectBuilder()), "phases"),
        invalid(
            "a phase has no title",
            b ->
                b.add(
                    "phases", phases(phaseOk(), Json.createObjectBuilder().add("steps", steps()))),
            "phases[1].title"),
        invalid(
            "a verification is unknown",
            b ->
                b.add(
                    "phases",
                    phases(
                        phaseOk(),
                        phase(
                            "Phase 2",
                            step(ours("DIPLOMATIC_STEP"), theirs("FREEZE", "SATELLITES"))))),
            "phases[1].steps[0].theirs.verification"),
        invalid(
            "a description is too long",
            b ->
                b.add(
                    "phases",
                    phases(
                        phase(
                            "Phase 1",
                            step(
                                ours("DIPLOMATIC_STEP").add("description", "d".repeat(2001)),
                                null)))),
            "phases[0].steps[0].ours.description"),
        invalid(
            "a present side misses a member",
            b ->
                b.add(
                    "phases",
                    phases(
                        phase(
                            "Phase 1",
                            step(ours("DIPLOMATIC_STEP").remove("reversibility"), null)))),
            "phases[0].steps[0].ours.reversibility"),
        invalid(
            "a step is null",
            b ->
                b.add(
                    "phases",
                    phases(
                        Json.createObjectBuilder()
                            .add("title", "Phase 1")
                            .add("steps", Json.createArrayBuilder().addNull()))),
            "phases[0].steps[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidProposals")
  void invalidBodyAnswers400NamingTheFieldAndWritesNothing(
      String why, UnaryOperator<JsonObjectBuilder> change, String field) {
    String marker = token();
    JsonObjectBuilder body =
        Json.createObjectBuilder(completeProposal("Invalid " + marker, "UNCLASSIFIED"));

    HttpResponse<String> refused = post("drafter", "/api/proposals", change.apply(body).build());

    assertProblem(400, refused);
    assertEquals(field, Api.object(refused).getString("field"), refused.body());
    assertEquals(0, count("drafter", marker));
  }

  @Test
  void theProblemNamesTheFieldPathInItsDetailToo() {
    JsonObjectBuilder body =
        Json.createObjectBuilder(completeProposal("Path " + token(), "UNCLASSIFIED"))
            .add(
                "phases",
                phases(
                    phaseOk(),
                    phase(
                        "Phase 2", step(ours("DIPLOMATIC_STEP"), theirs("FREEZE", "SATELLITES")))));

    HttpResponse<String> refused = post("drafter", "/api/proposals", body.build());

    assertTrue(
        Api.object(refused)
            .getString("detail")
            .startsWith("phases[1].steps[0].theirs.verification must be one of NONE,"),
        refused.body());
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    JsonObjectBuilder body =
        Json.createObjectBuilder(completeProposal("Enum " + token(), "UNCLASSIFIED"))
            .add("classification", "COSMIC");

    HttpResponse<String> refused = post("drafter", "/api/proposals", body.build());

    assertProblem(400, refused);
    assertTrue(
        Api.object(refused)
            .getString("detail")
            .contains("UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP_SECRET"),
        refused.body());
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(strings = {"{\"trackId\": 1, \"title\": \"", "[1, 2]", "", "nonsense"})
  void malformedJsonAnswers400Problem(String body) {
    HttpResponse<String> refused = post("drafter", "/api/proposals", body);

    assertProblem(400, refused);
  }

  @Test
  void aBodyThatIsNotJsonAnswers415ProblemAndWritesNothing() {
    String marker = token();
    HttpResponse<String> refused =
        Api.send(
            Api.request("/api/proposals", "drafter", DemoUsers.PASSWORD)
                .header("Content-Type", "text/plain")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        completeProposal("Plain " + marker, "UNCLASSIFIED").toString())));

    assertProblem(415, refused);
    assertEquals(0, count("drafter", marker));
  }

  @Test
  void onlyTheTracksStaffAndEnvoyDraft() {
    HttpResponse<String> byReviewer =
        post("state", "/api/proposals", completeProposal("Reviewer " + token(), "UNCLASSIFIED"));
    JsonObject summit =
        Json.createObjectBuilder(completeProposal("Summit " + token(), "UNCLASSIFIED"))
            .add("trackId", Workflow.SUMMIT_TRACK)
            .build();
    HttpResponse<String> offTrack = post("drafter", "/api/proposals", summit);
    HttpResponse<String> byEnvoy = post("envoy", "/api/proposals", summit);

    assertProblem(403, byReviewer);
    assertProblem(403, offTrack);
    assertEquals(201, byEnvoy.statusCode(), byEnvoy.body());
  }

  // --- GET /api/proposals/{id} ---

  @Test
  void aProposalAboveTheCallersClearanceOrNeedToKnowAnswers404LikeAMissingOne() {
    long secret = id(draft("Secret " + token(), "SECRET"));
    submit(secret);
    long unrouted = id(draft("Not routed " + token(), "SECRET"));
    long topSecret = id(created("envoy", completeProposal("Top secret " + token(), "TOP_SECRET")));
    HttpResponse<String> missing = get("state", "/api/proposals/987654321");

    for (HttpResponse<String> hidden :
        List.of(
            get("analyst", "/api/proposals/" + secret),
            get("drafter", "/api/proposals/" + topSecret),
            get("state", "/api/proposals/" + unrouted),
            get("deputy", "/api/proposals/" + secret),
            get("iran-envoy", "/api/proposals/" + secret),
            get("analyst", "/api/proposals/" + secret + "/history"))) {
      assertProblem(404, hidden);
      assertEquals(Api.object(missing).getString("detail"), Api.object(hidden).getString("detail"));
    }
    assertEquals(200, get("state", "/api/proposals/" + secret).statusCode());
    assertEquals(200, get("auditor", "/api/proposals/" + unrouted).statusCode());
    assertEquals(200, get("envoy", "/api/proposals/" + topSecret).statusCode());
    assertProblem(403, get("admin", "/api/proposals/" + secret));
  }

  @Test
  void aMatchingIfNoneMatchAnswers304() {
    JsonObject proposal = draft("Cached " + token(), "UNCLASSIFIED");

    HttpResponse<String> notModified =
        Api.send(
            Api.request("/api/proposals/" + id(proposal), "drafter", DemoUsers.PASSWORD)
                .header("If-None-Match", etag(proposal)));

    assertEquals(304, notModified.statusCode());
    assertEquals(etag(proposal), notModified.headers().firstValue("ETag").orElseThrow());
  }

  // --- PUT /api/proposals/{id} ---

  @Test
  void revisingWithTheTagReadAnswersTheNewTagQuotedOrBare() {
    JsonObject proposal = draft("Before " + token(), "UNCLASSIFIED");
    String path = "/api/proposals/" + id(proposal);

    HttpResponse<String> first =
        put("drafter", path, completeProposal("After once", "CONFIDENTIAL"), etag(proposal));
    String tag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> second =
        put("envoy", path, completeProposal("After twice", "CONFIDENTIAL"), tag.replace("\"", ""));

    assertEquals(200, first.statusCode(), first.body());
    assertNotEquals(etag(proposal), tag);
    assertEquals(tag, etag(Api.object(first)));
    assertEquals(200, second.statusCode(), second.body());
    JsonObject stored = read("drafter", id(proposal));
    assertEquals("After twice", stored.getString("title"));
    assertEquals("CONFIDENTIAL", stored.getString("classification"));
    assertEquals(second.headers().firstValue("ETag").orElseThrow(), etag(stored));
  }

  @Test
  void revisingWithoutIfMatchAnswers428AndChangesNothing() {
    JsonObject proposal = draft("Unconditional " + token(), "UNCLASSIFIED");

    HttpResponse<String> refused =
        put("drafter", "/api/proposals/" + id(proposal), completeProposal("Lost", "SECRET"), null);

    assertProblem(428, refused);
    assertEquals("If-Match", Api.object(refused).getString("field"));
    assertEquals(proposal, read("drafter", id(proposal)));
  }

  @ParameterizedTest(name = "If-Match: {0}")
  @ValueSource(strings = {"W/\"0\"", "*", "\"zero\"", "\"0\", \"1\""})
  void aMalformedIfMatchAnswers400(String ifMatch) {
    JsonObject proposal = draft("Malformed tag " + token(), "UNCLASSIFIED");

    HttpResponse<String> refused =
        put("drafter", "/api/proposals/" + id(proposal), completeProposal("No", "SECRET"), ifMatch);

    assertProblem(400, refused);
    assertEquals("If-Match", Api.object(refused).getString("field"));
    assertEquals(proposal, read("drafter", id(proposal)));
  }

  @Test
  void aStaleIfMatchAnswers412AndKeepsTheOtherEdit() {
    JsonObject proposal = draft("Shared " + token(), "UNCLASSIFIED");
    String path = "/api/proposals/" + id(proposal);
    put("envoy", path, completeProposal("Envoy's edit", "UNCLASSIFIED"), etag(proposal));

    HttpResponse<String> stale =
        put("drafter", path, completeProposal("Drafter's edit", "UNCLASSIFIED"), etag(proposal));

    assertProblem(412, stale);
    assertEquals("Envoy's edit", read("drafter", id(proposal)).getString("title"));
  }

  @Test
  void revisingAProposalThatIsNoDraftAnswers409() {
    long id = id(draft("Submitted " + token(), "UNCLASSIFIED"));
    JsonObject submitted = submit(id);

    HttpResponse<String> refused =
        put("drafter", "/api/proposals/" + id, completeProposal("Late", "SECRET"), etag(submitted));

    assertProblem(409, refused);
    assertEquals(submitted.getString("title"), read("drafter", id).getString("title"));
  }

  @Test
  void anInvalidRevisionAnswers400AndChangesNothing() {
    JsonObject proposal = draft("Keep me " + token(), "UNCLASSIFIED");
    String path = "/api/proposals/" + id(proposal);
    JsonObject tooLong =
        Json.createObjectBuilder(completeProposal("Changed", "UNCLASSIFIED"))
            .add("summary", "s".repeat(4001))
            .build();
    JsonObject otherTrack =
        Json.createObjectBuilder(completeProposal("Moved", "UNCLASSIFIED"))
            .add("trackId", Workflow.SUMMIT_TRACK)
            .build();

    HttpResponse<String> refused = put("drafter", path, tooLong, etag(proposal));
    HttpResponse<String> moved = put("envoy", path, otherTrack, etag(proposal));

    assertProblem(400, refused);
    assertEquals("summary", Api.object(refused).getString("field"));
    assertProblem(400, moved);
    assertEquals("trackId", Api.object(moved).getString("field"));
    assertEquals(proposal, read("drafter", id(proposal)));
  }

  @Test
  void revisingIsForTheTracksStaffAndEnvoyAndWithinClearance() {
    JsonObject summit =
        Json.createObjectBuilder(completeProposal("Summit draft " + token(), "SECRET"))
            .add("trackId", Workflow.SUMMIT_TRACK)
            .build();
    JsonObject proposal = Api.object(post("envoy", "/api/proposals", summit));
    String path = "/api/proposals/" + id(proposal);
    JsonObject topSecret =
        Api.object(
            post("envoy", "/api/proposals", completeProposal("TS " + token(), "TOP_SECRET")));

    HttpResponse<String> byNonMember = put("drafter", path, summit, etag(proposal));
    HttpResponse<String> byReviewer = put("state", path, summit, etag(proposal));
    HttpResponse<String> byAdministrator = put("admin", path, summit, etag(proposal));
    HttpResponse<String> aboveClearance =
        put(
            "drafter",
            "/api/proposals/" + id(topSecret),
            completeProposal("TS", "SECRET"),
            etag(topSecret));

    assertProblem(404, byNonMember);
    assertProblem(403, byReviewer);
    assertProblem(403, byAdministrator);
    assertProblem(404, aboveClearance);
    assertEquals(proposal, read("envoy", id(proposal)));
    assertEquals(topSecret, read("envoy", id(topSecret)));
  }

  // --- POST /api/proposals/{id}/submit ---

  @Test
  void theEnvoySubmitsAndTheDrafterCannot() {
    long id = id(draft("To clearance " + token(), "CONFIDENTIAL"));

    HttpResponse<String> byDrafter =
        post("drafter", "/api/proposals/" + id + "/submit", submission());
    assertProblem(403, byDrafter);
    assertEquals("DRAFT", read("envoy", id).getString("status"));

    HttpResponse<String> byEnvoy =
        post("envoy", "/api/proposals/" + id + "/submit", submission("DEFENSE"));
    assertEquals(200, byEnvoy.statusCode(), byEnvoy.body());
    JsonObject submitted = Api.object(byEnvoy);
    assertEquals("IN_CLEARANCE", submitted.getString("status"));
    assertEquals(1, submitted.getInt("versionNumber"));
    assertTrue(requiredAgencies(submitted).containsAll(List.of("STATE", "DEFENSE")));
    assertEquals(etag(submitted), byEnvoy.headers().firstValue("ETag").orElseThrow());

    HttpResponse<String> again = post("envoy", "/api/proposals/" + id + "/submit", submission());
    assertProblem(409, again);
  }

  @Test
  void submittingWithAnUnknownAgencyAnswers400NamingTheElement() {
    long id = id(draft("Odd agency " + token(), "UNCLASSIFIED"));

    HttpResponse<String> unknown =
        post("envoy", "/api/proposals/" + id + "/submit", submission("NSC", "UN"));
    HttpResponse<String> notAnArray =
        post("envoy", "/api/proposals/" + id + "/submit", "{\"additionalAgencies\": \"NSC\"}");
    HttpResponse<String> malformed = post("envoy", "/api/proposals/" + id + "/submit", "{");
    HttpResponse<String> missing = post("envoy", "/api/proposals/987654321/submit", submission());

    assertProblem(400, unknown);
    assertEquals("additionalAgencies[1]", Api.object(unknown).getString("field"));
    assertProblem(400, notAnArray);
    assertEquals("additionalAgencies", Api.object(notAnArray).getString("field"));
    assertProblem(400, malformed);
    assertProblem(404, missing);
    assertEquals("DRAFT", read("envoy", id).getString("status"));
    assertEquals(List.of("CREATED"), actions(id));
  }

  // --- POST /api/proposals/{id}/withdraw ---

  @Test
  void theEnvoyWithdrawsForGoodWithAReason() {
    long id = id(draft("Withdrawn " + token(), "UNCLASSIFIED"));

    HttpResponse<String> byDrafter =
        post("drafter", "/api/proposals/" + id + "/withdraw", reason("No."));
    HttpResponse<String> tooLong =
        post("envoy", "/api/proposals/" + id + "/withdraw", reason("r".repeat(2001)));
    HttpResponse<String> byEnvoy =
        post("envoy", "/api/proposals/" + id + "/withdraw", reason("Overtaken by events."));
    HttpResponse<String> again =
        post("envoy", "/api/proposals/" + id + "/withdraw", reason("Twice."));

    assertProblem(403, byDrafter);
    assertProblem(400, tooLong);
    assertEquals("reason", Api.object(tooLong).getString("field"));
    assertEquals(200, byEnvoy.statusCode(), byEnvoy.body());
    assertEquals("WITHDRAWN", Api.object(byEnvoy).getString("status"));
    assertProblem(409, again);
    JsonObject last = history(id).getJsonObject(history(id).size() - 1);
    assertEquals("WITHDRAWN", last.getString("action"));
    assertEquals("Withdrawn: Overtaken by events.", last.getString("detail"));
  }

  @Test
  void withdrawingInClearanceClosesTheRoundToPositions() {
    long id = id(draft("Withdrawn in clearance " + token(), "UNCLASSIFIED"));
    submit(id);

    HttpResponse<String> withdrawn =
        post("envoy", "/api/proposals/" + id + "/withdraw", Json.createObjectBuilder().build());
    HttpResponse<String> late = Workflow.takePosition(id, "STATE", position("CONCUR"));

    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertProblem(409, late);
  }

  // --- GET /api/proposals ---

  @Test
  void theListFiltersSortsAndPages() {
    String marker = token();
    long draft = id(draft(marker + " A", "UNCLASSIFIED"));
    long inClearance = id(draft(marker + " B", "UNCLASSIFIED"));
    long routedToNsc = id(draft(marker + " C", "UNCLASSIFIED"));
    submit(inClearance);
    submit(routedToNsc, "NSC");

    assertEquals(List.of(routedToNsc, inClearance, draft), ids(list("q=" + marker)));
    assertEquals(3, list("q=" + marker.toUpperCase()).getInt("total"));
    assertEquals(
        List.of(inClearance, routedToNsc),
        ids(list("q=" + marker + "&status=IN_CLEARANCE&sort=reference")));
    assertEquals(List.of(routedToNsc), ids(list("q=" + marker + "&agency=NSC")));
    assertEquals(List.of(), ids(list("q=" + marker + "&trackId=" + Workflow.SUMMIT_TRACK)));
    assertEquals(3, list("q=" + marker + "&trackId=" + TRACK).getInt("total"));
    assertEquals(
        List.of(draft, inClearance, routedToNsc), ids(list("q=" + marker + "&sort=title")));
    assertEquals(
        List.of(routedToNsc, inClearance, draft), ids(list("q=" + marker + "&sort=-reference")));
    JsonObject firstPage = list("q=" + marker + "&sort=reference&size=2");
    JsonObject secondPage = list("q=" + marker + "&sort=reference&size=2&page=1");
    assertEquals(List.of(draft, inClearance), ids(firstPage));
    assertEquals(3, firstPage.getInt("total"));
    assertEquals(List.of(routedToNsc), ids(secondPage));
    JsonObject row = list("q=" + marker + "&sort=reference").getJsonArray("items").getJsonObject(0);
    assertEquals("DRAFT", row.getString("status"));
    assertEquals(marker + " A", row.getString("title"));
    Instant.parse(row.getString("updatedAt"));
  }

  @Test
  void theListHoldsOnlyWhatTheCallerMaySee() {
    String marker = token();
    long confidential = id(draft(marker + " confidential", "CONFIDENTIAL"));
    long secret = id(draft(marker + " secret", "SECRET"));
    long topSecret = id(created("envoy", completeProposal(marker + " top secret", "TOP_SECRET")));

    assertEquals(List.of(), ids(listAs("analyst", marker)));
    submit(confidential);
    submit(secret);

    assertEquals(List.of(confidential), ids(listAs("analyst", marker)));
    assertEquals(1, listAs("analyst", marker).getInt("total"));
    assertEquals(Set.of(confidential, secret), Set.copyOf(ids(listAs("drafter", marker))));
    assertEquals(Set.of(confidential, secret, topSecret), Set.copyOf(ids(listAs("envoy", marker))));
    assertEquals(0, listAs("admin", marker).getInt("total"));
    assertEquals(0, listAs("deputy", marker).getInt("total"));
  }

  private static JsonObject listAs(String user, String marker) {
    HttpResponse<String> list = get(user, "/api/proposals?q=" + marker);
    assertEquals(200, list.statusCode(), list.body());
    return Api.object(list);
  }

  private static JsonObject created(String user, JsonObject body) {
    HttpResponse<String> created = post(user, "/api/proposals", body);
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }

  @ParameterizedTest(name = "?{0} names {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "status=LOST, status",
    "status=draft, status",
    "agency=UN, agency",
    "trackId=one, trackId",
    "sort=priority, sort",
    "sort=-, sort",
    "size=1000, size",
    "page=-1, page"
  })
  void unknownListParametersAnswer400NamingThem(String query, String field) {
    HttpResponse<String> refused = get("drafter", "/api/proposals?" + query);

    assertProblem(400, refused);
    assertEquals(field, Api.object(refused).getString("field"));
  }

  // --- GET /api/proposals/{id}/history ---

  @Test
  void theHistoryListsEveryStepWithOneClosurePerRound() {
    JsonObject drafted = draft("Two rounds " + token(), "UNCLASSIFIED");
    long id = id(drafted);
    put(
        "drafter",
        "/api/proposals/" + id,
        completeProposal("Two rounds, revised", "UNCLASSIFIED"),
        etag(drafted));
    submit(id);
    Workflow.answerRound(
        id, Map.of("STATE", position("CHANGES_REQUESTED", "MAJOR", "Name the site.")));
    long comment =
        Workflow.clearance(id).getJsonArray("positions").getValuesAs(JsonObject.class).stream()
            .filter(slot -> slot.getString("agency").equals("STATE"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("comments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    post(
        "drafter",
        "/api/proposals/" + id + "/comments/" + comment + "/resolution",
        Json.createObjectBuilder().add("accepted", true).build());
    submit(id);
    Workflow.answerRound(id, Map.of());
    post(
        "principal",
        "/api/proposals/" + id + "/decision",
        Json.createObjectBuilder().add("outcome", "APPROVED").add("rationale", "Sound.").build());

    List<JsonObject> entries = history(id).getValuesAs(JsonObject.class);
    List<String> actions = entries.stream().map(e -> e.getString("action")).toList();
    int agencies = requiredAgencies(read("envoy", id)).size();
    assertEquals(
        Stream.of(
                Stream.of("CREATED", "EDITED", "SUBMITTED"),
                Stream.generate(() -> "POSITION_TAKEN").limit(agencies),
                Stream.of("ROUND_CLOSED", "COMMENT_RESOLVED", "SUBMITTED"),
                Stream.generate(() -> "POSITION_TAKEN").limit(agencies),
                Stream.of("ROUND_CLOSED", "DECIDED"))
            .flatMap(s -> s)
            .toList(),
        actions);
    List<JsonObject> closures =
        entries.stream().filter(e -> e.getString("action").equals("ROUND_CLOSED")).toList();
    assertEquals(List.of(1, 2), closures.stream().map(e -> e.getInt("versionNumber")).toList());
    assertEquals("DRAFT", closures.get(0).getString("toStatus"));
    assertEquals("AWAITING_DECISION", closures.get(1).getString("toStatus"));
    JsonObject statePosition =
        entries.stream()
            .filter(e -> e.getString("action").equals("POSITION_TAKEN"))
            .filter(e -> "state".equals(e.getString("actor")))
            .findFirst()
            .orElseThrow();
    assertEquals("STATE", statePosition.getString("actingFor"));
    assertEquals(1, statePosition.getInt("versionNumber"));
    JsonObject decided = entries.get(entries.size() - 1);
    assertEquals("principal", decided.getString("actor"));
    assertEquals("AWAITING_DECISION", decided.getString("fromStatus"));
    assertEquals("APPROVED", decided.getString("toStatus"));
    Instant previous = Instant.EPOCH;
    for (JsonObject entry : entries) {
      Instant at = Instant.parse(entry.getString("at"));
      assertFalse(at.isBefore(previous), entries.toString());
      previous = at;
    }
  }

  // --- helpers ---

  private static Arguments invalid(
      String why, UnaryOperator<JsonObjectBuilder> change, String field) {
    return Arguments.of(why, change, field);
  }

  private static JsonObjectBuilder phaseOk() {
    return phase("Phase 1", step(ours("DIPLOMATIC_STEP"), theirs("DECLARATION", "NONE")));
  }

  private static jakarta.json.JsonArrayBuilder phases(JsonObjectBuilder... phases) {
    var array = Json.createArrayBuilder();
    for (JsonObjectBuilder phase : phases) {
      array.add(phase);
    }
    return array;
  }

  private static jakarta.json.JsonArrayBuilder steps() {
    return Json.createArrayBuilder();
  }

  private static JsonObject reason(String reason) {
    return Json.createObjectBuilder().add("reason", reason).build();
  }

  private static String etag(JsonObject proposal) {
    return "\"" + proposal.getJsonNumber("version").longValue() + "\"";
  }

  private static JsonObject list(String query) {
    HttpResponse<String> listed = get("drafter", "/api/proposals?" + query);
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.object(listed);
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }

  private static int count(String user, String marker) {
    return Api.object(get(user, "/api/proposals?q=" + marker)).getInt("total");
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes());
  }
}
