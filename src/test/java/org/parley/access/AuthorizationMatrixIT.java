package org.parley.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.access.domain.Access;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.access.domain.Subject;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.DemoUsers.DemoUser;
import org.parley.support.PolicySubjects;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/**
 * Battery 1 of the Security issue over REST, generated from the policy table: every demo user
 * (every role, own and foreign track and agency, clearance above and below) × every permission on a
 * proposal × proposals in every status on two tracks at two classifications, plus one that does not
 * exist. The expected answer of each case is the table's ({@link Permission#evaluate}); the server
 * must give exactly that: 404, 403 or 409 for a refusal, with nothing changed, and every refusal on
 * the audit trail.
 *
 * <p>Granted cases are probed without changing anything where a harmless probe exists (a stale
 * {@code If-Match}, a position or decision missing what it needs): the answer then comes from the
 * check after the policy. Granted submissions and withdrawals are not executed; the workflow tests
 * take them.
 */
@DatabaseSensitive("need-to-know in the queries that find a proposal, and every refusal audited")
class AuthorizationMatrixIT {

  private static final long MISSING = 987_654_321L;
  private static final long MISSING_COMMENT = 987_654_321L;

  /** A proposal of the matrix, with the facts the policy decides on. */
  record Scenario(String name, long id, ProposalFacts facts) {}

  private static final List<Scenario> SCENARIOS = new ArrayList<>();
  private static final Map<String, Subject> SUBJECTS = new LinkedHashMap<>();

  @BeforeAll
  static void buildTheWorld() {
    for (DemoUser user : DemoUsers.ALL) {
      SUBJECTS.put(user.username(), PolicySubjects.of(user.username()));
    }
    String token = Workflow.token();
    // The DPRK working-level track: envoy "envoy", staff "drafter".
    long draft = dprkDraft(token + " draft");
    SCENARIOS.add(scenario("DPRK draft", draft, "drafter", false));
    long inClearance = dprkDraft(token + " in clearance");
    Workflow.submit(inClearance);
    SCENARIOS.add(scenario("DPRK in clearance", inClearance, "drafter", false));
    long awaiting = Workflow.id(Workflow.awaitingDecision(token + " awaiting", "SECRET"));
    SCENARIOS.add(scenario("DPRK awaiting decision", awaiting, "drafter", true));
    long approved = Workflow.id(Workflow.awaitingDecision(token + " approved", "SECRET"));
    decide("principal", approved, "APPROVED");
    SCENARIOS.add(scenario("DPRK approved", approved, "drafter", true));
    long rejected = Workflow.id(Workflow.awaitingDecision(token + " rejected", "SECRET"));
    decide("deputy", rejected, "REJECTED");
    SCENARIOS.add(scenario("DPRK rejected", rejected, "drafter", true));
    long returned = Workflow.id(Workflow.awaitingDecision(token + " returned", "SECRET"));
    decide("deputy", returned, "RETURNED");
    SCENARIOS.add(scenario("DPRK returned to draft", returned, "drafter", true));
    long withdrawn = dprkDraft(token + " withdrawn");
    Workflow.submit(withdrawn);
    ok(Workflow.post("envoy", path(withdrawn, "/withdraw"), "{\"reason\":\"matrix\"}"));
    SCENARIOS.add(scenario("DPRK withdrawn", withdrawn, "drafter", false));
    long topSecret = created("envoy", Workflow.completeProposal(token + " ts", "TOP_SECRET"));
    SCENARIOS.add(scenario("DPRK TOP SECRET draft", topSecret, "envoy", false));
    // The Iran working-level track: envoy "iran-envoy", no staff.
    long iranDraft = created("iran-envoy", Workflow.iranProposal(token + " iran draft"));
    SCENARIOS.add(scenario("Iran draft", iranDraft, "iran-envoy", false));
    long iranInClearance = created("iran-envoy", Workflow.iranProposal(token + " iran clearance"));
    ok(Workflow.post("iran-envoy", path(iranInClearance, "/submit"), Workflow.submission()));
    SCENARIOS.add(scenario("Iran in clearance", iranInClearance, "iran-envoy", false));
  }

  @Test
  void everyCaseAnswersWhatThePolicyTableSays() {
    long refusalsBefore = refusalsOnRecord();
    Map<Long, String> statesBefore = states();
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    int executed = 0;
    int granted = 0;
    int refused = 0;
    int notExecuted = 0;
    int unauthorizedSuccesses = 0;
    List<Permission> permissions =
        EnumSet.allOf(Permission.class).stream()
            .filter(p -> p.target() == Permission.Target.PROPOSAL)
            .toList();
    for (Subject subject : SUBJECTS.values()) {
      for (Permission permission : permissions) {
        for (Scenario scenario : scenariosAndTheMissingOne()) {
          cases++;
          Access expected = expected(permission, subject, scenario);
          if (expected == Access.GRANTED) {
            granted++;
          } else if (expected != Access.WRONG_STATE) {
            refused++;
          }
          Probe probe = probe(permission, subject, scenario, expected);
          if (probe == null) {
            notExecuted++;
            continue;
          }
          executed++;
          HttpResponse<String> answer = probe.send();
          int wanted = probe.expectedStatus();
          if (answer.statusCode() != wanted || !answer.body().contains(probe.expectedText())) {
            mismatches.add(
                "%s %s on %s: expected %s (%d), got %d %s"
                    .formatted(
                        subject.username(),
                        permission,
                        scenario.name(),
                        expected,
                        wanted,
                        answer.statusCode(),
                        answer.body()));
          }
          if (expected != Access.GRANTED && answer.statusCode() < 300) {
            unauthorizedSuccesses++;
          }
        }
      }
    }
    long refusalsAudited = refusalsOnRecord() - refusalsBefore;
    Map<Long, String> statesAfter = states();
    for (Scenario scenario : SCENARIOS) {
      if (!statesBefore.get(scenario.id()).equals(statesAfter.get(scenario.id()))) {
        mismatches.add(scenario.name() + " changed under the matrix");
      }
    }
    System.out.printf(
        "BATTERY authorization-matrix-rest: users=%d permissions=%d proposals=%d cases=%d"
            + " executed=%d granted=%d refused=%d not-executed=%d unauthorized-successes=%d"
            + " refusals-audited=%d mismatches=%d%n",
        SUBJECTS.size(),
        permissions.size(),
        SCENARIOS.size() + 1,
        cases,
        executed,
        granted,
        refused,
        notExecuted,
        unauthorizedSuccesses,
        refusalsAudited,
        mismatches.size());
    assertEquals(List.of(), mismatches);
    assertEquals(0, unauthorizedSuccesses);
    assertEquals(refused, refusalsAudited, "every refusal is on the audit trail");
  }

  // --- the cases ---

  /** One request of the matrix and the answer the policy calls for. */
  record Probe(
      java.util.function.Supplier<HttpResponse<String>> request,
      int expectedStatus,
      String expectedText) {

    HttpResponse<String> send() {
      return request.get();
    }
  }

  private static Access expected(Permission permission, Subject subject, Scenario scenario) {
    if (scenario.id() == MISSING) {
      boolean roleHeld = subject.roles().stream().anyMatch(permission.grants()::containsKey);
      return roleHeld ? Access.NOT_FOUND : Access.FORBIDDEN;
    }
    return permission.evaluate(subject, scenario.facts());
  }

  /** The request for a case; {@code null} for a granted case that only a real change can show. */
  private static Probe probe(
      Permission permission, Subject subject, Scenario scenario, Access expected) {
    String user = subject.username();
    long id = scenario.id();
    int refusal =
        switch (expected) {
          case NOT_FOUND -> 404;
          case FORBIDDEN -> 403;
          case WRONG_STATE -> 409;
          case GRANTED -> 0;
        };
    String refusalText = expected == Access.NOT_FOUND ? "There is no such proposal." : "";
    boolean grant = expected == Access.GRANTED;
    return switch (permission) {
      case VIEW ->
          new Probe(() -> Workflow.get(user, path(id, "")), grant ? 200 : refusal, refusalText);
      case REVISE ->
          new Probe(
              () ->
                  Workflow.put(
                      user,
                      path(id, ""),
                      Workflow.proposal(trackOf(scenario), "Matrix revision", "SECRET").build(),
                      "\"" + (versionOf(scenario) + 1000) + "\""),
              grant ? 412 : refusal,
              refusalText);
      case SUBMIT ->
          grant
              ? null
              : new Probe(
                  () -> Workflow.post(user, path(id, "/submit"), Workflow.submission()),
                  refusal,
                  refusalText);
      case WITHDRAW ->
          grant
              ? null
              : new Probe(
                  () -> Workflow.post(user, path(id, "/withdraw"), "{\"reason\":\"matrix\"}"),
                  refusal,
                  refusalText);
      case TAKE_POSITION ->
          new Probe(
              () ->
                  Workflow.post(
                      user,
                      path(id, "/clearance/" + agencyOf(subject)),
                      Workflow.position("NON_CONCUR")),
              grant ? 400 : refusal,
              grant ? "needs at least one comment" : refusalText);
      case ANSWER_COMMENT ->
          new Probe(
              () ->
                  Workflow.post(
                      user,
                      path(id, "/comments/" + MISSING_COMMENT + "/resolution"),
                      "{\"accepted\":true}"),
              grant ? 404 : refusal,
              grant ? "There is no such comment." : refusalText);
      case DECIDE ->
          new Probe(
              () ->
                  Workflow.post(
                      user,
                      path(id, "/decision"),
                      "{\"outcome\":\"APPROVED_WITH_CONDITIONS\",\"rationale\":\"matrix\"}"),
              grant ? 400 : refusal,
              grant ? "needs the conditions" : refusalText);
      default -> throw new IllegalArgumentException(permission + " is not about a proposal");
    };
  }

  private static final Map<Long, Long> VERSIONS = new LinkedHashMap<>();

  private static long versionOf(Scenario scenario) {
    return VERSIONS.computeIfAbsent(scenario.id(), id -> version(scenario));
  }

  private static List<Scenario> scenariosAndTheMissingOne() {
    List<Scenario> all = new ArrayList<>(SCENARIOS);
    all.add(new Scenario("a proposal that does not exist", MISSING, null));
    return all;
  }

  // --- the world ---

  /** The facts of a proposal as its track's envoy reads them, and what the scenario knows. */
  private static Scenario scenario(String name, long id, String drafter, boolean reached) {
    String envoy = trackEnvoy(id);
    JsonObject proposal = Api.object(Workflow.get(envoy, path(id, "")));
    ProposalStatus status = ProposalStatus.valueOf(proposal.getString("status"));
    Set<Agency> routed =
        proposal.getInt("versionNumber") == 0
            ? Set.of()
            : proposal.getJsonArray("requiredAgencies").getValuesAs(JsonString.class).stream()
                .map(agency -> Agency.valueOf(agency.getString()))
                .collect(Collectors.toSet());
    boolean dprk = proposal.getJsonNumber("trackId").longValue() == Workflow.TRACK;
    return new Scenario(
        name,
        id,
        new ProposalFacts(
            Classification.valueOf(proposal.getString("classification")),
            status,
            envoy,
            dprk ? Set.of("drafter") : Set.of(),
            routed,
            reached,
            Set.of(drafter)));
  }

  private static String trackEnvoy(long id) {
    return Workflow.get("envoy", path(id, "")).statusCode() == 200 ? "envoy" : "iran-envoy";
  }

  private static long trackOf(Scenario scenario) {
    return scenario.facts() != null && scenario.facts().trackEnvoy().equals("iran-envoy")
        ? Workflow.IRAN_TRACK
        : Workflow.TRACK;
  }

  private static long version(Scenario scenario) {
    if (scenario.id() == MISSING) {
      return 0;
    }
    return Long.parseLong(state(scenario).split("/")[1]);
  }

  /** Every scenario's status and version: nothing of the matrix may move them. */
  private static Map<Long, String> states() {
    Map<Long, String> states = new LinkedHashMap<>();
    for (Scenario scenario : SCENARIOS) {
      states.put(scenario.id(), state(scenario));
    }
    return states;
  }

  /** What must not move under a refused request: status and optimistic-locking version. */
  private static String state(Scenario scenario) {
    JsonObject proposal =
        Api.object(Workflow.get(scenario.facts().trackEnvoy(), path(scenario.id(), "")));
    return proposal.getString("status") + "/" + proposal.getJsonNumber("version");
  }

  private static long dprkDraft(String title) {
    return Workflow.id(Workflow.draft(title, "SECRET"));
  }

  private static long created(String user, JsonObject body) {
    HttpResponse<String> created = Workflow.post(user, "/api/proposals", body);
    assertEquals(201, created.statusCode(), created.body());
    return Workflow.id(Api.object(created));
  }

  private static void decide(String user, long id, String outcome) {
    ok(
        Workflow.post(
            user,
            path(id, "/decision"),
            Json.createObjectBuilder()
                .add("outcome", outcome)
                .add("rationale", "Matrix scenario.")
                .build()));
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }

  private static String agencyOf(Subject subject) {
    return subject.agency() == null ? "STATE" : subject.agency().name();
  }

  private static long refusalsOnRecord() {
    HttpResponse<String> page =
        Workflow.get("auditor", "/api/audit/events?action=ACCESS_REFUSED&size=1");
    assertEquals(200, page.statusCode(), page.body());
    return Api.object(page).getJsonNumber("total").longValue();
  }

  private static String path(long id, String rest) {
    return "/api/proposals/" + id + rest;
  }
}
