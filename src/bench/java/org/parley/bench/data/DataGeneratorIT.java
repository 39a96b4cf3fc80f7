package org.parley.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.audit.domain.ChainVerdict;
import org.parley.audit.infrastructure.JdbcAuditChain;
import org.parley.proposal.domain.Proposal;
import org.parley.shared.ProposalStatus;
import org.parley.support.ParleyHibernate;
import org.parley.support.database.DatabaseSensitive;

/**
 * Generates a small data set (500 proposals, with the demo data) into a temporary H2 file database
 * exactly as the documented command does, then holds the database to the invariants the application
 * relies on, in SQL, through the project's own audit chain verifier, and through Hibernate with
 * every mapping validated.
 */
@DatabaseSensitive("the generated data set, its SQL and its invariants on a migrated database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorIT {

  private static final int PROPOSALS = 500;

  private Path directory;
  private String url;
  private Connection connection;
  private DataGenerator.Report report;

  @BeforeAll
  void generate() throws Exception {
    directory = Files.createTempDirectory("parley-datagen");
    url = "jdbc:h2:file:" + directory.resolve("parley");
    report = DataGenerator.run(options(), quiet());
    connection = DriverManager.getConnection(url, "sa", "");
  }

  private GeneratorOptions options() {
    // No password: ParleyHibernate connects as sa without one, as the other H2 tests do.
    return GeneratorOptions.of(url, "sa", "").withProposals(PROPOSALS).withDemo(true);
  }

  @AfterAll
  void close() throws SQLException {
    connection.close();
  }

  private long count(String sql) throws SQLException {
    return Database.single(connection, sql);
  }

  @Test
  void theDataSetHasItsSizeOnTopOfTheDemoData() throws SQLException {
    assertTrue(report.generated());
    long demo = count("select count(*) from proposal where track_id < 100");
    assertEquals(PROPOSALS, count("select count(*) from proposal") - demo);
    assertEquals(20L * PROPOSALS, report.auditEvents());
    assertEquals(
        report.positions(),
        count(
            "select count(*) from agency_review a join clearance_round r on r.id = a.round_id"
                + " join proposal p on p.id = r.proposal_id"
                + " where p.track_id >= 100 and a.position is not null"));
    assertTrue(Math.abs(report.positions() - 5L * PROPOSALS) <= PROPOSALS / 10);
    assertEquals(report.tables().get("audit_event"), count("select count(*) from audit_event"));
  }

  @Test
  void theAuditChainVerifiesIntactWithTheProjectsVerifier() throws SQLException {
    ChainVerdict verdict = JdbcAuditChain.verify(connection, Optional.empty());
    assertTrue(verdict.intact(), verdict::toString);
    assertEquals(count("select count(*) from audit_event"), verdict.events());
    assertEquals(report.head(), verdict.head());
  }

  @Test
  void everyProposalInClearanceHasExactlyOneOpenRoundItsLatest() throws SQLException {
    assertEquals(
        0,
        count(
            "select count(*) from proposal p where p.status = 'IN_CLEARANCE' and 1 <> (select"
                + " count(*) from clearance_round r where r.proposal_id = p.id and r.closed_at is"
                + " null and r.version_number = p.version_number)"));
    assertEquals(
        0,
        count(
            "select count(*) from clearance_round r join proposal p on p.id = r.proposal_id"
                + " where r.closed_at is null and p.status <> 'IN_CLEARANCE'"));
    assertTrue(count("select count(*) from proposal where status = 'IN_CLEARANCE'") > 0);
  }

  @Test
  void versionsRoundsAndNeedToKnowMatchEachProposal() throws SQLException {
    assertEquals(
        0,
        count(
            "select count(*) from proposal p where p.version_number <> (select count(*) from"
                + " proposal_version v where v.proposal_id = p.id) or p.version_number <> (select"
                + " count(*) from clearance_round r where r.proposal_id = p.id)"));
    assertEquals(
        0,
        count(
            "select count(*) from (select distinct r.proposal_id, a.agency_code from"
                + " clearance_round r join agency_review a on a.round_id = r.id) s where not"
                + " exists (select 1 from proposal_routed_agency x where x.proposal_id ="
                + " s.proposal_id and x.agency_code = s.agency_code)"));
    assertEquals(
        0,
        count(
            "select count(*) from proposal p where p.reached_deciders <> (p.status in"
                + " ('AWAITING_DECISION', 'APPROVED', 'REJECTED') or exists (select 1 from"
                + " decision d where d.proposal_id = p.id))"));
    assertEquals(
        0,
        count(
            "select count(*) from proposal p where p.status <> 'DRAFT' and p.version_number > 0"
                + " and (select count(*) from version_step s join proposal_version v on v.id ="
                + " s.version_id where v.proposal_id = p.id and v.number = p.version_number) <>"
                + " (select count(*) from proposal_step s join proposal_phase f on f.id ="
                + " s.phase_id where f.proposal_id = p.id)"));
  }

  @Test
  void theDashboardFindsEveryKindOfFact() throws SQLException {
    for (String status :
        List.of(
            "DRAFT", "IN_CLEARANCE", "AWAITING_DECISION", "APPROVED", "REJECTED", "WITHDRAWN")) {
      assertTrue(
          count("select count(*) from proposal where track_id >= 100 and status = '" + status + "'")
              > 0,
          status);
    }
    assertTrue(count("select count(*) from agency_review where overdue_since is not null") > 0);
    assertTrue(
        count(
                "select count(distinct agency_code) from agency_review"
                    + " where position in ('NON_CONCUR', 'CHANGES_REQUESTED')")
            >= 4);
    assertEquals(4, count("select count(distinct outcome) from decision"));
    assertEquals(
        3,
        count(
            "select count(distinct i.tier) from version_step s join instrument i on i.id ="
                + " s.ours_instrument_id join proposal_version v on v.id = s.version_id join"
                + " proposal p on p.id = v.proposal_id where p.status = 'APPROVED'"));
    assertTrue(
        count(
                "select count(distinct extract(year from decided_at) * 100 + extract(month from"
                    + " decided_at)) from decision")
            >= 24,
        "decisions over at least two years of months");
  }

  @Test
  void everySequenceIsAheadOfTheGeneratedIds() throws SQLException {
    Map<String, String> tables =
        Map.of(
            "proposal", "proposal_seq",
            "proposal_phase", "proposal_phase_seq",
            "proposal_version", "proposal_version_seq",
            "clearance_round", "clearance_round_seq",
            "agency_review", "agency_review_seq",
            "review_comment", "review_comment_seq",
            "decision", "decision_seq",
            "version_finding", "version_finding_seq",
            "audit_event", "audit_event_seq");
    for (Map.Entry<String, String> table : tables.entrySet()) {
      long max = count("select max(id) from " + table.getKey());
      long next = count("select next value for " + table.getValue());
      // Hibernate's pooled optimizer first hands out the 50 ids up to the value it reads.
      assertTrue(next - 49 > max, table.getKey() + ": " + next + " after " + max);
    }
    long lastReference =
        count(
            "select max(cast(substring(reference, locate('-', reference, locate('-', reference) +"
                + " 1) + 1) as bigint)) from proposal");
    assertTrue(count("select next value for proposal_reference_seq") > lastReference);
  }

  @Test
  void hibernateValidatesTheSchemaAndLoadsGeneratedProposals() {
    try (ParleyHibernate hibernate = ParleyHibernate.validatingAgainst(url)) {
      List<String> problems =
          hibernate
              .sessionFactory()
              .fromSession(
                  session -> {
                    List<Proposal> loaded =
                        session
                            .createQuery(
                                "from Proposal p where p.trackId >= 100 order by p.id desc",
                                Proposal.class)
                            .setMaxResults(50)
                            .getResultList();
                    assertEquals(50, loaded.size());
                    return loaded.stream()
                        .filter(
                            p ->
                                p.getDrafters().isEmpty()
                                    || p.getStatus() != ProposalStatus.DRAFT
                                        && p.content().incompleteness().isPresent())
                        .map(Proposal::getReference)
                        .toList();
                  });
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void aSecondRunIsRefusedUnlessItIsAskedToDoNothingWhenTheDataSetIsThere() {
    GeneratorException refused =
        assertThrows(GeneratorException.class, () -> DataGenerator.run(options(), quiet()));
    assertTrue(refused.getMessage().contains("already holds the generated data set"));
    DataGenerator.Report second = DataGenerator.run(options().withIfAbsent(true), quiet());
    assertFalse(second.generated());
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
