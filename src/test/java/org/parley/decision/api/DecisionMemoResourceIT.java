package org.parley.decision.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.support.Problems.assertProblem;
import static org.parley.support.Workflow.phase;
import static org.parley.support.Workflow.post;
import static org.parley.support.Workflow.step;
import static org.parley.support.Workflow.theirs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Instruments;
import org.parley.support.PdfText;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * {@code GET /api/proposals/{id}/memo.pdf}: the decision memo of the latest submitted version, for
 * whoever may read the proposal and its clearance, its text read back with PDFBox.
 */
@DatabaseSensitive(
    "the memo reads the latest submitted version, its positions and decision from the database")
class DecisionMemoResourceIT {

  static final List<String> SECTIONS =
      List.of(
          "Summary", "Ledger", "Reciprocity findings", "Clearance sheet", "Split memo", "Decision");

  private static final String DISSENT =
      "Une façade — the freeze is reversed in a week, and our exercises are gone for a season.";

  private final String token = Workflow.token();

  @Test
  void aProposalAwaitingDecisionHasEverySectionAndThenItsDecision() {
    long id = awaitingDecisionWithDissent(Workflow.ours("LIAISON_OFFICE"));
    String reference = Workflow.read("envoy", id).getString("reference");

    HttpResponse<byte[]> answer = memo("principal", id);

    assertEquals(200, answer.statusCode());
    assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=\"" + reference + "-v1-memo.pdf\"",
        answer.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElseThrow());
    PdfText pdf = PdfText.read(answer.body());
    String text = pdf.flat();
    assertMarkedOnEveryPage(pdf, "SECRET");
    assertSectionsInOrder(pdf);
    assertTrue(text.contains("Reference " + reference), text);
    assertTrue(text.contains("Memo " + token), text);
    assertTrue(text.contains("Version 1 Status Awaiting decision"), text);
    assertTrue(text.contains("by Pat Principal (principal)"), text);
    // The ledger, phase by phase, step by step: our action for theirs.
    assertTrue(text.contains("Phase 1: Freeze 1.1 Liaison office Freeze"), text);
    assertTrue(text.contains("We liaison office. They freeze."), text);
    assertTrue(text.contains("Phase 2: Liaison 2.1 Liaison office Repatriation"), text);
    assertTrue(text.contains("Verification: None"), text);
    // The findings the version was submitted with.
    assertTrue(text.contains("Unverifiable Warning Phase 2, step 1"), text);
    // Every agency of the round with its position, who took it and for whom.
    JsonObject round = Workflow.clearance(id);
    for (JsonObject slot : round.getJsonArray("positions").getValuesAs(JsonObject.class)) {
      String agency = slot.getString("agency");
      assertTrue(text.contains(agencyLabel(agency) + " "), agency + " in " + text);
    }
    assertTrue(
        text.contains("Defense Non-concur Dee Defense (defense)"), "Defense's position: " + text);
    assertTrue(text.contains("State Concur Sam State (state)"), text);
    // The split memo: who concurs, who dissents and why.
    assertTrue(text.contains("Dissent: non-concur (1) Defense: Non-concur, by Dee Defense"), text);
    assertTrue(text.contains("Critical: " + DISSENT), text);
    assertTrue(
        text.contains(
            "Decision No decision has been taken on version 1 (status: Awaiting decision)."),
        text);
    assertTrue(text.contains("Signature: ___"), text);

    decide(
        id,
        Json.createObjectBuilder()
            .add("outcome", "APPROVED_WITH_CONDITIONS")
            .add("rationale", "Worth the first step.")
            .add("conditions", "Defense reviews the freeze after 90 days."));
    String decided = PdfText.read(memo("deputy", id).body()).flat();

    assertTrue(decided.contains("Status Approved"), decided);
    assertTrue(
        decided.contains(
            "Outcome Approved with conditions Rationale Worth the first step. Conditions Defense"
                + " reviews the freeze after 90 days. Decided by Pat Principal (principal)"),
        decided);
    assertTrue(decided.contains("Blocking finding overridden No"), decided);
    assertFalse(decided.contains("Signature: ___"), decided);
  }

  @Test
  void theMemoNamesTheInstrumentSpentAndThePrincipalsOverride() {
    long instrument = Instruments.create("Coal " + token, 1);
    long id =
        awaitingDecisionWithDissent(
            Workflow.ours("SANCTIONS_RELIEF").add("instrumentId", instrument));

    String pending = PdfText.read(memo("principal", id).body()).flat();

    assertTrue(pending.contains("Phase 1: Freeze 1.1 Sanctions relief Freeze"), pending);
    assertTrue(pending.contains("Instrument spent: Coal " + token + " (tier 1)"), pending);
    // The rule's name wraps in its column; the reader gives the row line by line.
    assertTrue(pending.contains("Best leverage for a Blocking Phase 1, step 1"), pending);

    decide(
        id,
        Json.createObjectBuilder()
            .add("outcome", "APPROVED")
            .add("rationale", "Worth the first step.")
            .add("overrideJustification", "Coal relief is our price; " + token));
    String decided = PdfText.read(memo("principal", id).body()).flat();

    assertTrue(
        decided.contains(
            "Blocking finding overridden Yes. Justification: Coal relief is our price; " + token),
        decided);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"state", "deputy", "principal", "auditor", "envoy", "drafter"})
  void whoeverMayReadTheProposalAndItsClearanceGetsTheMemo(String user) {
    long id = Workflow.id(Workflow.awaitingDecision("Readers " + token, "SECRET"));

    HttpResponse<byte[]> answer = memo(user, id);

    assertEquals(200, answer.statusCode(), user);
    assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElseThrow());
    assertMarkedOnEveryPage(PdfText.read(answer.body()), "SECRET");
  }

  @Test
  void whoeverMayNotSeeTheProposalIsToldThereIsNone() {
    JsonObject proposal = Workflow.awaitingDecision("Need to know " + token, "SECRET");
    long id = Workflow.id(proposal);
    String unrouted =
        Workflow.AGENCIES.stream()
            .filter(agency -> !Workflow.requiredAgencies(proposal).contains(agency))
            .findFirst()
            .orElseThrow();

    assertProblem(404, asText(memo(Workflow.reviewerOf(unrouted), id)));
    assertProblem(404, asText(memo("iran-envoy", id)));
    assertProblem(404, asText(memo("analyst", id)));
    assertProblem(404, asText(memo("principal", 987_654_321L)));
    assertEquals(401, Api.send(Api.request("/api/proposals/" + id + "/memo.pdf")).statusCode());
  }

  @Test
  void aProposalInClearanceHasAMemoWithPendingPositionsForItsReadersOnly() {
    long id = Workflow.id(Workflow.draft("In clearance " + token, "SECRET"));
    Workflow.submit(id);

    String text = PdfText.read(memo("drafter", id).body()).flat();

    assertTrue(text.contains("Status In clearance"), text);
    assertTrue(text.contains("State No position yet"), text);
    assertTrue(text.contains("Still open."), text);
    assertTrue(text.contains("Date: ___"), text);
    assertProblem(404, asText(memo("deputy", id)));
  }

  @Test
  void aProposalNeverSubmittedHasNoMemo() {
    long id = Workflow.id(Workflow.draft("Never submitted " + token, "SECRET"));

    JsonObject problem = assertProblem(409, asText(memo("drafter", id)));

    assertTrue(
        problem.getString("detail").contains("has never been submitted"), problem.toString());
    assertProblem(404, asText(memo("principal", id)));
  }

  @Test
  void openingAClassifiedMemoIsOnTheAuditTrail() {
    long id = Workflow.id(Workflow.awaitingDecision("Audited " + token, "CONFIDENTIAL"));

    assertEquals(200, memo("deputy", id).statusCode());

    List<JsonObject> views =
        events("action=VIEWED&actor=deputy&proposalId=" + id).stream()
            .filter(e -> e.getString("detail").contains("decision memo"))
            .toList();
    assertEquals(1, views.size(), views.toString());
    assertEquals("CONFIDENTIAL: decision memo (PDF) from REST", views.get(0).getString("detail"));
  }

  @Test
  void aVersionMarkedAboveTheDraftItWentBackToKeepsItsMarkingAndIsAudited() {
    String title = "Lowered " + token;
    long id = Workflow.id(Workflow.draft(title, "SECRET"));
    Workflow.submit(id);
    JsonObject returned =
        Workflow.answerRound(
            id, Map.of("STATE", Workflow.position("CHANGES_REQUESTED", "MAJOR", "Rework it.")));
    assertEquals("DRAFT", returned.getString("status"));
    String etag =
        Workflow.get("drafter", "/api/proposals/" + id).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> lowered =
        Workflow.put(
            "drafter",
            "/api/proposals/" + id,
            Workflow.completeProposal(title, "UNCLASSIFIED"),
            etag);
    assertEquals(200, lowered.statusCode(), lowered.body());

    PdfText pdf = PdfText.read(memo("drafter", id).body());

    assertMarkedOnEveryPage(pdf, "SECRET");
    String text = pdf.flat();
    assertTrue(text.contains("Status Draft"), text);
    assertTrue(text.contains("No decision has been taken on version 1 (status: Draft)."), text);
    assertFalse(text.contains("Signature: ___"), "version 1 will never be decided: " + text);
    assertTrue(text.contains("Changes requested (1) State: Changes requested"), text);
    List<String> views =
        events("action=VIEWED&actor=drafter&proposalId=" + id).stream()
            .map(e -> e.getString("detail"))
            .filter(detail -> detail.contains("decision memo"))
            .toList();
    assertEquals(List.of("SECRET: decision memo (PDF) from REST"), views);
  }

  @Test
  void theDemoProposalAwaitingDecisionCarriesDefensesDissent() {
    // DPRK-2026-0003 of the demo data (db/dev V0003): cleared, Defense dissenting, undecided.
    HttpResponse<byte[]> answer = memo("deputy", 3);

    assertEquals(200, answer.statusCode());
    assertEquals(
        "attachment; filename=\"DPRK-2026-0003-v1-memo.pdf\"",
        answer.headers().firstValue("Content-Disposition").orElseThrow());
    keep(answer.body(), "DPRK-2026-0003-v1-memo.pdf");
    PdfText pdf = PdfText.read(answer.body());
    assertMarkedOnEveryPage(pdf, "SECRET");
    assertSectionsInOrder(pdf);
    String text = pdf.flat();
    assertTrue(text.contains("Exercise adjustment for a test moratorium"), text);
    assertTrue(text.contains("Track DPRK denuclearization — working level"), text);
    assertTrue(text.contains("Dissent: non-concur (1) Defense: Non-concur"), text);
    assertTrue(text.contains("Status Awaiting decision"), text);
    assertTrue(text.contains("Date: ___"), text);
  }

  /** Keeps a memo in target/memos, for people to look at after the run. */
  private static void keep(byte[] pdf, String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "memos");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(dir.resolve(name), pdf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // --- checks ---

  private static void assertMarkedOnEveryPage(PdfText pdf, String marking) {
    assertTrue(pdf.pageCount() >= 1);
    for (int page = 0; page < pdf.pageCount(); page++) {
      assertEquals(marking, pdf.tops().get(page), "top of page " + (page + 1));
      assertEquals(marking, pdf.bottoms().get(page), "bottom of page " + (page + 1));
      assertTrue(
          pdf.pages().get(page).contains("Page " + (page + 1) + " of " + pdf.pageCount()),
          pdf.pages().get(page));
    }
  }

  private static void assertSectionsInOrder(PdfText pdf) {
    String text = pdf.flat();
    int previous = text.indexOf("Decision memorandum");
    assertTrue(previous >= 0, text);
    for (String section : SECTIONS) {
      int at = text.indexOf(" " + section + " ", previous + 1);
      assertTrue(at > previous, section + " after the section before it: " + text);
      previous = at;
    }
  }

  private static String agencyLabel(String agency) {
    return Map.of(
            "STATE", "State",
            "DEFENSE", "Defense",
            "ENERGY", "Energy",
            "TREASURY", "Treasury",
            "IC", "Intelligence Community",
            "NSC", "NSC staff")
        .get(agency);
  }

  // --- the world ---

  /**
   * Two phases: {@code ours} for a freeze they can easily reverse, and a liaison office for a
   * repatriation nobody verifies (a warning). Defense is added to the round and dissents; every
   * other agency concurs.
   */
  private long awaitingDecisionWithDissent(JsonObjectBuilder ours) {
    JsonObjectBuilder freeze =
        theirs("FREEZE", "IAEA_INSPECTION").add("reversibility", "EASILY_REVERSIBLE");
    JsonObject body =
        Workflow.proposal(
                Workflow.TRACK,
                "Memo " + token,
                "SECRET",
                phase("Freeze", step(ours, freeze)),
                phase(
                    "Liaison",
                    step(Workflow.ours("LIAISON_OFFICE"), theirs("REPATRIATION", "NONE"))))
            .build();
    HttpResponse<String> created = post("drafter", "/api/proposals", body);
    assertEquals(201, created.statusCode(), created.body());
    long id = Workflow.id(Api.object(created));
    Workflow.submit(id, "DEFENSE");
    JsonObject cleared =
        Workflow.answerRound(
            id, Map.of("DEFENSE", Workflow.position("NON_CONCUR", "CRITICAL", DISSENT)));
    assertEquals("AWAITING_DECISION", cleared.getString("status"));
    return id;
  }

  private static void decide(long id, JsonObjectBuilder decision) {
    HttpResponse<String> decided =
        post("principal", "/api/proposals/" + id + "/decision", decision.build());
    assertEquals(200, decided.statusCode(), decided.body());
  }

  private static HttpResponse<byte[]> memo(String user, long id) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              Api.request("/api/proposals/" + id + "/memo.pdf", user, DemoUsers.PASSWORD)
                  .setHeader("Accept", "application/pdf, application/problem+json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A byte answer as a text one, for the problem assertions. */
  private static HttpResponse<String> asText(HttpResponse<byte[]> answer) {
    return new TextAnswer(answer);
  }

  private static List<JsonObject> events(String query) {
    HttpResponse<String> page = Workflow.get("auditor", "/api/audit/events?" + query);
    assertEquals(200, page.statusCode(), page.body());
    return Api.object(page).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** An answer whose body is read as UTF-8 text. */
  private record TextAnswer(HttpResponse<byte[]> bytes) implements HttpResponse<String> {

    @Override
    public int statusCode() {
      return bytes.statusCode();
    }

    @Override
    public HttpRequest request() {
      return bytes.request();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return bytes.headers();
    }

    @Override
    public String body() {
      return new String(bytes.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return bytes.sslSession();
    }

    @Override
    public java.net.URI uri() {
      return bytes.uri();
    }

    @Override
    public java.net.http.HttpClient.Version version() {
      return bytes.version();
    }
  }
}
