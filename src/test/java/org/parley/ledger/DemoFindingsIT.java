package org.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.parley.ledger.domain.Finding;
import org.parley.ledger.domain.Instrument;
import org.parley.ledger.domain.InstrumentTerms;
import org.parley.ledger.domain.Ledger;
import org.parley.ledger.domain.ReciprocityCheck;
import org.parley.ledger.domain.RuleName;
import org.parley.ledger.domain.Severity;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * The findings the demo data (db/dev V0006) stores with each submitted version never lie: they are
 * exactly what the reciprocity rules compute for that version's content. Checked twice: in process,
 * over a database migrated exactly as the application migrates it (with the register and threshold
 * the demo seeds); and on the running server, whose {@code GET
 * /api/proposals/{id}/findings?version=N} must answer what the rules compute now, through the live
 * endpoint while the proposal's content is still that version's, else here with {@link
 * ReciprocityCheck} over the version's content and the server's register and threshold.
 */
@DatabaseSensitive("the demo data as migrated, and the findings stored with it")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFindingsIT {

  /** Reads every seeded proposal (within its SECRET clearance, the demo's versions all are). */
  private static final String READER = "auditor";

  private TestDatabase database;
  private ParleyHibernate hibernate;
  private List<Proposal> proposals;
  private List<SeededVersion> versions;
  private Map<Long, InstrumentTerms> register;
  private int threshold;
  private Map<String, List<Finding>> stored;

  /** A submitted version of the demo data and its content. */
  private record SeededVersion(long proposalId, int number, ProposalContent content) {
    String key() {
      return proposalId + " v" + number;
    }
  }

  @BeforeAll
  void migrateTheSchemaAndTheDemoData() throws SQLException {
    database = TestDatabase.fresh();
    DatabaseMigration.schema(database.dataSource()).migrate();
    DatabaseMigration.demoData(database.dataSource()).migrate();
    hibernate = ParleyHibernate.validatingAgainst(database);
    hibernate
        .sessionFactory()
        .inSession(
            session -> {
              proposals = session.createQuery("from Proposal order by id", Proposal.class).list();
              proposals.forEach(Proposal::content);
              versions =
                  session
                      .createQuery(
                          "from ProposalVersion order by proposalId, number", ProposalVersion.class)
                      .list()
                      .stream()
                      .map(v -> new SeededVersion(v.getProposalId(), v.getNumber(), v.content()))
                      .toList();
              register =
                  session.createQuery("from Instrument", Instrument.class).list().stream()
                      .map(Instrument::terms)
                      .collect(Collectors.toMap(InstrumentTerms::id, Function.identity()));
            });
    try (Connection connection = database.connection()) {
      threshold = threshold(connection);
      stored = storedFindings(connection);
    }
  }

  @AfterAll
  void closeHibernate() {
    hibernate.close();
    database.close();
  }

  @Test
  void everySeededVersionStoresExactlyTheFindingsTheRulesComputeForIt() {
    assertEquals(2, threshold, "the demo runs with the default threshold of V0020");
    assertFalse(versions.isEmpty());
    Map<String, List<Finding>> expected = new LinkedHashMap<>();
    versions.forEach(v -> expected.put(v.key(), compute(v.content(), register, threshold)));
    assertTrue(
        expected.keySet().containsAll(stored.keySet()),
        "findings stored for a version that does not exist: " + stored.keySet());
    assertAll(
        versions.stream()
            .map(
                v ->
                    (Executable)
                        () ->
                            assertEquals(
                                expected.get(v.key()),
                                stored.getOrDefault(v.key(), List.of()),
                                () ->
                                    v.key() + "; the rows V0006 should seed:\n" + sql(expected))));
  }

  @Test
  void aPrincipalFindsOneProposalAwaitingADecisionWithABlockingFindingAndOneWithout() {
    List<Boolean> blocking =
        proposals.stream()
            .filter(p -> p.getStatus() == ProposalStatus.AWAITING_DECISION)
            .map(p -> stored.getOrDefault(p.getId() + " v" + p.getVersionNumber(), List.of()))
            .map(findings -> findings.stream().anyMatch(Finding::isBlocking))
            .toList();
    assertTrue(blocking.contains(true), "awaiting a decision, with a blocking finding");
    assertTrue(blocking.contains(false), "awaiting a decision, without one");
  }

  @Test
  void theDemoLedgerNamesInstrumentsAndARetiredOneStaysWhereItWasNamed() {
    List<Long> named =
        versions.stream()
            .flatMap(v -> v.content().allSteps().stream())
            .flatMap(step -> step.ours().flatMap(OurAction::instrumentId).stream())
            .toList();
    assertTrue(named.size() >= 10, named::toString);
    assertTrue(named.stream().allMatch(register::containsKey), "every named instrument exists");
    assertTrue(
        named.stream().anyMatch(id -> register.get(id).retired()),
        "a version keeps an instrument retired since");
  }

  @Test
  void theServerAnswersEverySeededVersionsStoredFindingsAsTheRulesComputeThemNow() {
    Map<Long, InstrumentTerms> serverRegister = serverRegister();
    int serverThreshold =
        Api.object(get("/api/reciprocity-settings")).getInt("frontLoadingThreshold");
    assertAll(
        versions.stream()
            .map(
                v ->
                    (Executable)
                        () -> {
                          JsonObject answer =
                              Api.object(
                                  get(
                                      "/api/proposals/"
                                          + v.proposalId()
                                          + "/findings?version="
                                          + v.number()));
                          assertEquals(v.number(), answer.getInt("versionNumber"), v.key());
                          List<Finding> storedNow = findings(answer);
                          List<Finding> rulesNow =
                              compute(v.content(), serverRegister, serverThreshold);
                          assertEquals(rulesNow, storedNow, v.key());
                          assertEquals(
                              storedNow.stream().anyMatch(Finding::isBlocking),
                              answer.getBoolean("blocking"),
                              v.key());
                          if (v.content().equals(serverContent(v.proposalId()))) {
                            JsonObject live =
                                Api.object(get("/api/proposals/" + v.proposalId() + "/findings"));
                            assertTrue(live.isNull("versionNumber"), v.key());
                            assertEquals(findings(live), storedNow, v.key() + " (live)");
                          }
                        }));
  }

  // --- the rules, as the application runs them ---

  private static List<Finding> compute(
      ProposalContent content, Map<Long, InstrumentTerms> register, int threshold) {
    return new ReciprocityCheck(threshold).run(Ledger.of(content.ledgerDraft(), register));
  }

  // --- the seeded database ---

  private static int threshold(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("select front_loading_threshold from reciprocity_setting")) {
      row.next();
      return row.getInt(1);
    }
  }

  private static Map<String, List<Finding>> storedFindings(Connection connection)
      throws SQLException {
    Map<String, List<Finding>> found = new LinkedHashMap<>();
    try (var statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select proposal_id, version_number, rule, severity, phase_number, step_number,"
                    + " explanation from version_finding"
                    + " order by proposal_id, version_number, position")) {
      while (row.next()) {
        found
            .computeIfAbsent(row.getLong(1) + " v" + row.getInt(2), key -> new ArrayList<>())
            .add(
                new Finding(
                    RuleName.valueOf(row.getString(3)),
                    Severity.valueOf(row.getString(4)),
                    row.getObject(5, Integer.class),
                    row.getObject(6, Integer.class),
                    row.getString(7)));
      }
    }
    return found;
  }

  /** The insert statements that would seed {@code expected}: what a failure shows to fix V0006. */
  private static String sql(Map<String, List<Finding>> expected) {
    StringBuilder sql = new StringBuilder();
    int id = 1;
    for (var entry : expected.entrySet()) {
      String[] key = entry.getKey().split(" v");
      List<Finding> findings = entry.getValue();
      for (int position = 0; position < findings.size(); position++) {
        Finding finding = findings.get(position);
        sql.append(
                "insert into version_finding (id, proposal_id, version_number, position, rule,"
                    + " severity, phase_number, step_number, explanation)\n    values (")
            .append(id++)
            .append(", ")
            .append(key[0])
            .append(", ")
            .append(key[1])
            .append(", ")
            .append(position)
            .append(", '")
            .append(finding.rule())
            .append("', '")
            .append(finding.severity())
            .append("', ")
            .append(finding.phaseNumber())
            .append(", ")
            .append(finding.stepNumber())
            .append(", '")
            .append(finding.explanation().replace("'", "''"))
            .append("');\n");
      }
    }
    return sql.toString();
  }

  // --- the running server ---

  private static HttpResponse<String> get(String path) {
    HttpResponse<String> response = Api.send(Api.request(path, READER, DemoUsers.PASSWORD).GET());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response;
  }

  private static Map<Long, InstrumentTerms> serverRegister() {
    Map<Long, InstrumentTerms> terms = new LinkedHashMap<>();
    for (JsonValue value : Api.json(get("/api/instruments").body()).asJsonArray()) {
      JsonObject instrument = value.asJsonObject();
      long id = instrument.getJsonNumber("id").longValue();
      terms.put(
          id,
          new InstrumentTerms(
              id,
              instrument.getString("name"),
              instrument.getInt("tier"),
              instrument.getBoolean("retired")));
    }
    return terms;
  }

  private static List<Finding> findings(JsonObject answer) {
    return answer.getJsonArray("findings").stream()
        .map(JsonValue::asJsonObject)
        .map(
            f ->
                new Finding(
                    RuleName.valueOf(f.getString("rule")),
                    Severity.valueOf(f.getString("severity")),
                    f.isNull("phaseNumber") ? null : f.getInt("phaseNumber"),
                    f.isNull("stepNumber") ? null : f.getInt("stepNumber"),
                    f.getString("explanation")))
        .toList();
  }

  /** The proposal's current content as the server answers it. */
  private static ProposalContent serverContent(long proposalId) {
    JsonObject proposal = Api.object(get("/api/proposals/" + proposalId));
    return new ProposalContent(
        proposal.getString("title"),
        proposal.getString("summary"),
        Classification.valueOf(proposal.getString("classification")),
        proposal.getJsonArray("phases").stream()
            .map(JsonValue::asJsonObject)
            .map(
                phase ->
                    new PhaseContent(
                        phase.getString("title"),
                        phase.getJsonArray("steps").stream()
                            .map(JsonValue::asJsonObject)
                            .map(DemoFindingsIT::step)
                            .toList()))
            .toList());
  }

  private static ReciprocalStep step(JsonObject step) {
    OurAction ours = null;
    if (!step.isNull("ours")) {
      JsonObject side = step.getJsonObject("ours");
      ours =
          new OurAction(
              OurCategory.valueOf(side.getString("category")),
              side.getString("description"),
              Reversibility.valueOf(side.getString("reversibility")),
              side.isNull("instrumentId") ? null : side.getJsonNumber("instrumentId").longValue());
    }
    TheirAction theirs = null;
    if (!step.isNull("theirs")) {
      JsonObject side = step.getJsonObject("theirs");
      theirs =
          new TheirAction(
              TheirCategory.valueOf(side.getString("category")),
              side.getString("description"),
              Reversibility.valueOf(side.getString("reversibility")),
              Verification.valueOf(side.getString("verification")));
    }
    return new ReciprocalStep(ours, theirs);
  }
}
