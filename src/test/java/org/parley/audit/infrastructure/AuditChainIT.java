package org.parley.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.audit.domain.AuditHash;
import org.parley.audit.domain.ChainLink;
import org.parley.audit.domain.ChainProblem;
import org.parley.audit.domain.ChainVerdict;
import org.parley.audit.domain.ChainedRecord;
import org.parley.audit.infrastructure.AuditChainDatabase.ChainedRow;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * Battery 7, audit integrity (docs/adr/0009), at the persistence level: events appended through the
 * server's own repository form one intact hash chain, and every way of tampering with the stored
 * rows by plain SQL (the attacker has the database, not the application) is caught by the verifier
 * behind {@code GET /api/audit/verification} and the operators' command, at the right event. Prints
 * {@code BATTERY audit-chain: …}.
 */
@DatabaseSensitive("the audit chain's rows and every tampering with them by plain SQL")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainIT {

  private static final int TRANSACTIONS = 20;
  private static final int LEGACY_EVENTS = 30;

  /** Ids of forged rows, far from any the application hands out. */
  private static final long FORGED = 9_000_000_001L;

  private AuditChainDatabase database;

  @BeforeAll
  void appendEventsThroughTheApplicationsRepository() {
    database = AuditChainDatabase.withDemoData();
    for (int i = 0; i < TRANSACTIONS; i++) {
      database.append("transaction " + i, 1 + i % 3);
    }
  }

  @AfterAll
  void closeTheDatabase() {
    database.close();
  }

  @Test
  void theChainTheApplicationAppendsIsIntactFromTheDemoEventsOn() {
    ChainVerdict verdict = database.verify();
    List<ChainedRow> chain = database.chain();

    assertTrue(verdict.intact(), verdict::summary);
    assertEquals(chain.size(), verdict.events());
    assertEquals(database.count("select count(*) from audit_event"), verdict.events());
    assertEquals(chain.get(chain.size() - 1).link(), verdict.head());
    // The demo data's events come first, in the order they happened (they were linked when their
    // script ran); the application's events follow.
    assertTrue(chain.get(0).id() < 951 && chain.get(chain.size() - 1).id() >= 951);
  }

  @Test
  void everyTamperingIsCaughtAtItsFirstBrokenEvent() throws SQLException {
    List<ChainedRow> chain = database.chain();
    assertTrue(database.verify().intact(), "intact before tampering");
    List<TamperCase> cases = tamperCases(chain);
    List<String> caught = new ArrayList<>();
    List<Runnable> checks = new ArrayList<>();
    for (TamperCase tamper : cases) {
      ChainVerdict verdict = tamperedVerdict(tamper);
      boolean right =
          verdict.broken().isPresent()
              && verdict.firstBreak().problem() == tamper.problem()
              && java.util.Objects.equals(verdict.firstBreak().eventId(), tamper.eventId());
      if (right) {
        caught.add(tamper.name());
      }
      checks.add(
          () ->
              assertTrue(
                  right,
                  () ->
                      tamper.name()
                          + ": expected "
                          + tamper.problem()
                          + " at event "
                          + tamper.eventId()
                          + ", got "
                          + verdict.summary()));
    }
    assertTrue(database.verify().intact(), "every tampering was rolled back");
    System.out.printf(
        "BATTERY audit-chain: events=%d tamper-cases=%d caught=%d%n",
        chain.size(), cases.size(), caught.size());
    assertAll(checks.stream().map(check -> (org.junit.jupiter.api.function.Executable) check::run));
  }

  @Test
  void aConsistentRewriteFromAnEventOnIsCaughtAgainstTheAnchorAnAuditorRecorded()
      throws SQLException {
    List<ChainedRow> chain = database.chain();
    ChainLink anchor = database.verify().head();
    ChainedRow middle = chain.get(chain.size() / 2);
    try (Connection connection = database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        update(
            connection,
            "update audit_event set detail = 'Nothing happened.' where id = ?",
            middle.id());
        rehashFrom(connection, middle.position());

        ChainVerdict unanchored = JdbcAuditChain.verify(connection, Optional.empty());
        ChainVerdict anchored = JdbcAuditChain.verify(connection, Optional.of(anchor));

        // Without a key, a full rewrite of the chain's tail and head is self-consistent: only a
        // link recorded outside the database (the head of an earlier verification) exposes it.
        assertTrue(unanchored.intact(), unanchored::summary);
        assertEquals(ChainProblem.ANCHOR_MISMATCH, anchored.firstBreak().problem());
        assertEquals(chain.get(chain.size() - 1).id(), anchored.firstBreak().eventId());
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void aTransactionLocksAndUpdatesTheChainHeadOnceHoweverManyEventsItRecords() {
    Statistics statistics = database.hibernate.sessionFactory().getStatistics();
    statistics.clear();

    database.append("three in one", 3);

    assertEquals(3, statistics.getEntityInsertCount(), "one row per event");
    assertEquals(1, statistics.getEntityUpdateCount(), "one chain head update per transaction");
    assertTrue(database.verify().intact());
  }

  @Test
  void aRolledBackTransactionAppendsNothingAndLeavesTheHeadAlone() {
    ChainLink before = database.verify().head();

    try (Session session = database.hibernate.sessionFactory().openSession()) {
      Transaction transaction = session.beginTransaction();
      new JpaAuditRepository(session).append(AuditChainDatabase.event("rolled back"));
      transaction.rollback();
    }

    ChainVerdict after = database.verify();
    assertTrue(after.intact(), after::summary);
    assertEquals(before, after.head());
    assertEquals(
        0, database.count("select count(*) from audit_event where detail = 'rolled back'"));
  }

  @Test
  void aTransactionWithPendingEventsHoldsNoLockThatANewTransactionWaitsFor() {
    // A refusal recorded in a REQUIRES_NEW transaction while the business transaction, which has
    // already recorded an event, is suspended: the inner one must commit at once.
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          try (Session outer = database.hibernate.sessionFactory().openSession()) {
            Transaction business = outer.beginTransaction();
            new JpaAuditRepository(outer).append(AuditChainDatabase.event("outer"));
            outer.flush();

            database.append("inner", 1);

            business.commit();
          }
        });

    List<ChainedRow> chain = database.chain();
    ChainVerdict verdict = database.verify();
    assertTrue(verdict.intact(), verdict::summary);
    assertEquals(
        List.of("inner #0", "outer"),
        List.of(detailOf(chain.get(chain.size() - 2)), detailOf(chain.get(chain.size() - 1))));
  }

  @Test
  void eventsOfADatabaseFromBeforeTheChainAreLinkedByTheMigrationTheSameWayEveryTime()
      throws SQLException {
    ChainLink first = migratedFromBeforeTheChain();
    ChainLink second = migratedFromBeforeTheChain();

    assertEquals(first, second, "the same rows give the same chain");
    assertEquals(LEGACY_EVENTS, first.position(), "every event from before the chain");
  }

  @Test
  void theOperatorsCommandVerifiesOverJdbcAndExitsWithTheVerdict() throws SQLException {
    try (AuditChainDatabase own = AuditChainDatabase.withDemoData()) {
      own.append("command", 2);
      Output intact = command(own.database, own.database.url());
      ChainedRow newest = own.chain().get(own.chain().size() - 1);
      try (Connection connection = own.dataSource.getConnection()) {
        update(connection, "update audit_event set actor = 'envoy' where id = ?", newest.id());
      }
      Output broken = command(own.database, own.database.url());
      Output anchoredWrongly =
          command(own.database, own.database.url(), "--anchor", "1:" + "f".repeat(64));
      Output usage = command(own.database);

      assertEquals(VerifyAuditChain.INTACT, intact.status(), intact.text());
      assertTrue(intact.text().startsWith("Audit chain: intact, "), intact.text());
      assertEquals(VerifyAuditChain.BROKEN, broken.status(), broken.text());
      assertTrue(
          broken.text().contains("event " + newest.id()) && broken.text().contains("HASH_MISMATCH"),
          broken.text());
      assertEquals(VerifyAuditChain.BROKEN, anchoredWrongly.status(), anchoredWrongly.text());
      assertEquals(VerifyAuditChain.FAILED, usage.status(), usage.text());
    }
  }

  @Test
  void aRestartNeverLinksEventsThatWereInsertedAroundTheApplication() throws SQLException {
    try (AuditChainDatabase own = AuditChainDatabase.withDemoData()) {
      try (Connection connection = own.dataSource.getConnection()) {
        update(connection, forgedInsert(), FORGED);
      }

      DatabaseMigration.schema(own.dataSource).migrate();
      DatabaseMigration.demoData(own.dataSource).migrate();

      ChainVerdict verdict = own.verify();
      assertEquals(ChainProblem.OUTSIDE_CHAIN, verdict.firstBreak().problem(), verdict::summary);
      assertEquals(FORGED, verdict.firstBreak().eventId());
    }
  }

  // --- the tamper cases ---

  /** One way to tamper with the stored chain, and where the verifier must find the first break. */
  private record TamperCase(
      String name, Tampering tampering, boolean anchored, ChainProblem problem, Long eventId) {

    TamperCase(String name, Tampering tampering, ChainProblem problem, Long eventId) {
      this(name, tampering, false, problem, eventId);
    }
  }

  @FunctionalInterface
  private interface Tampering {
    void apply(Connection connection) throws SQLException;
  }

  private List<TamperCase> tamperCases(List<ChainedRow> chain) {
    int n = chain.size();
    ChainedRow first = chain.get(0);
    ChainedRow second = chain.get(1);
    ChainedRow middle = chain.get(n / 2);
    ChainedRow afterMiddle = chain.get(n / 2 + 1);
    ChainedRow later = chain.get(n / 2 + 3);
    ChainedRow newest = chain.get(n - 1);
    ChainedRow secondNewest = chain.get(n - 2);
    return List.of(
        new TamperCase(
            "change the detail of a middle event",
            c -> update(c, "update audit_event set detail = 'Approved.' where id = ?", middle.id()),
            ChainProblem.HASH_MISMATCH,
            middle.id()),
        new TamperCase(
            "attribute a middle event to another actor",
            c -> update(c, "update audit_event set actor = 'principal' where id = ?", middle.id()),
            ChainProblem.HASH_MISMATCH,
            middle.id()),
        new TamperCase(
            "backdate a middle event",
            c ->
                update(
                    c,
                    "update audit_event set occurred_at = timestamp with time zone"
                        + " '2020-01-01 00:00:00+00' where id = ?",
                    middle.id()),
            ChainProblem.HASH_MISMATCH,
            middle.id()),
        new TamperCase(
            "move a middle event to another proposal and agency",
            c ->
                update(
                    c,
                    "update audit_event set acting_for = 'STATE', proposal_id = 2 where id = ?",
                    middle.id()),
            ChainProblem.HASH_MISMATCH,
            middle.id()),
        new TamperCase(
            "delete a middle event",
            c -> update(c, "delete from audit_event where id = ?", middle.id()),
            ChainProblem.GAP,
            afterMiddle.id()),
        new TamperCase(
            "delete the first event",
            c -> update(c, "delete from audit_event where id = ?", first.id()),
            ChainProblem.GAP,
            second.id()),
        new TamperCase(
            "swap the chain positions of two events",
            c -> swapPositions(c, middle, later),
            ChainProblem.HASH_MISMATCH,
            later.id()),
        new TamperCase(
            "swap the ids of two events",
            c -> swapIds(c, middle, later),
            ChainProblem.HASH_MISMATCH,
            later.id()),
        new TamperCase(
            "change a middle event and recompute its hash",
            c -> {
              update(c, "update audit_event set detail = 'Approved.' where id = ?", middle.id());
              rehash(c, middle.id());
            },
            ChainProblem.BROKEN_LINK,
            afterMiddle.id()),
        new TamperCase(
            "delete the newest event",
            c -> update(c, "delete from audit_event where id = ?", newest.id()),
            ChainProblem.TRUNCATED,
            null),
        new TamperCase(
            "change the newest event and recompute its hash",
            c -> {
              update(c, "update audit_event set detail = 'Withdrawn.' where id = ?", newest.id());
              rehash(c, newest.id());
            },
            ChainProblem.HEAD_MISMATCH,
            newest.id()),
        new TamperCase(
            "delete the newest event and move the chain head back (against the recorded anchor)",
            c -> {
              update(c, "delete from audit_event where id = ?", newest.id());
              update(
                  c,
                  "update audit_chain_head set last_position = ?, last_hash = '"
                      + secondNewest.hash()
                      + "' where id = 1",
                  secondNewest.position());
            },
            true,
            ChainProblem.ANCHOR_MISMATCH,
            null),
        new TamperCase(
            "insert a forged event without a chain position",
            c -> update(c, forgedInsert(), FORGED),
            ChainProblem.OUTSIDE_CHAIN,
            FORGED),
        new TamperCase(
            "insert a forged event linked after the head",
            c -> {
              update(c, forgedInsert(), FORGED + 1);
              update(
                  c,
                  "update audit_event set chain_position = ?, previous_hash = '"
                      + newest.hash()
                      + "' where id = "
                      + (FORGED + 1),
                  newest.position() + 1);
              rehash(c, FORGED + 1);
            },
            ChainProblem.OUTSIDE_CHAIN,
            FORGED + 1),
        new TamperCase(
            "move the chain head back without deleting",
            c ->
                update(
                    c,
                    "update audit_chain_head set last_position = ?, last_hash = '"
                        + secondNewest.hash()
                        + "' where id = 1",
                    secondNewest.position()),
            ChainProblem.OUTSIDE_CHAIN,
            newest.id()),
        new TamperCase(
            "delete the chain head",
            c -> update(c, "delete from audit_chain_head where id = ?", 1),
            ChainProblem.NO_HEAD,
            null));
  }

  // --- helpers ---

  /**
   * The verdict on the chain as {@code tamper} leaves it, seen in its own uncommitted transaction.
   */
  private ChainVerdict tamperedVerdict(TamperCase tamper) throws SQLException {
    ChainLink anchor = database.verify().head();
    try (Connection connection = database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        tamper.tampering().apply(connection);
        return JdbcAuditChain.verify(
            connection, tamper.anchored() ? Optional.of(anchor) : Optional.empty());
      } finally {
        connection.rollback();
      }
    }
  }

  private static void update(Connection connection, String sql, long parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (sql.contains("?")) {
        statement.setLong(1, parameter);
      }
      statement.executeUpdate();
    }
  }

  private static void swapPositions(Connection connection, ChainedRow a, ChainedRow b)
      throws SQLException {
    update(connection, "update audit_event set chain_position = -1 where id = ?", a.id());
    update(
        connection,
        "update audit_event set chain_position = " + a.position() + " where id = ?",
        b.id());
    update(
        connection,
        "update audit_event set chain_position = " + b.position() + " where id = ?",
        a.id());
  }

  private static void swapIds(Connection connection, ChainedRow a, ChainedRow b)
      throws SQLException {
    update(connection, "update audit_event set id = -1 where id = ?", a.id());
    update(connection, "update audit_event set id = " + a.id() + " where id = ?", b.id());
    update(connection, "update audit_event set id = " + b.id() + " where id = ?", -1);
  }

  /** What an attacker who knows the algorithm does: gives the altered row a matching hash. */
  private static void rehash(Connection connection, long id) throws SQLException {
    ChainedRecord row = row(connection, id);
    try (PreparedStatement update =
        connection.prepareStatement("update audit_event set event_hash = ? where id = ?")) {
      update.setString(1, AuditHash.of(row.previousHash(), row.columns()));
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  /** Recomputes every link from {@code position} to the end, and the head: a consistent rewrite. */
  private static void rehashFrom(Connection connection, long position) throws SQLException {
    String previous;
    try (PreparedStatement query =
        connection.prepareStatement(
            "select event_hash from audit_event where chain_position = ?")) {
      query.setLong(1, position - 1);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        previous = result.getString(1);
      }
    }
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select id from audit_event where chain_position >= ? order by chain_position")) {
      query.setLong(1, position);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          ids.add(result.getLong(1));
        }
      }
    }
    long last = position - 1;
    for (long id : ids) {
      ChainedRecord row = row(connection, id);
      String hash = AuditHash.of(previous, row.columns());
      try (PreparedStatement update =
          connection.prepareStatement(
              "update audit_event set previous_hash = ?, event_hash = ? where id = ?")) {
        update.setString(1, previous);
        update.setString(2, hash);
        update.setLong(3, id);
        update.executeUpdate();
      }
      previous = hash;
      last = row.position();
    }
    try (PreparedStatement head =
        connection.prepareStatement(
            "update audit_chain_head set last_position = ?, last_hash = ? where id = 1")) {
      head.setLong(1, last);
      head.setString(2, previous);
      head.executeUpdate();
    }
  }

  private static ChainedRecord row(Connection connection, long id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select * from audit_event where id = ?")) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return JdbcAuditChain.read(result);
      }
    }
  }

  /** A row written straight into the table, as the application never writes one. */
  private static String forgedInsert() {
    return "insert into audit_event (id, occurred_at, actor, action, proposal_id, detail)"
        + " values (?, timestamp with time zone '2026-10-01 12:00:00+00', 'principal', 'DECIDED',"
        + " 1, 'Forged approval.')";
  }

  private String detailOf(ChainedRow row) {
    try (Connection connection = database.dataSource.getConnection()) {
      return (String) row(connection, row.id()).columns().get("detail");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A database as a server before the audit chain left it (schema up to V0011, events written by
   * plain inserts), then migrated to the current schema; the chain head V0013 leaves.
   */
  private static ChainLink migratedFromBeforeTheChain() throws SQLException {
    try (TestDatabase database = TestDatabase.fresh()) {
      return migratedFromBeforeTheChain(database);
    }
  }

  private static ChainLink migratedFromBeforeTheChain(TestDatabase database) throws SQLException {
    DataSource dataSource = database.dataSource();
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target("0011")
        .load()
        .migrate();
    try (Connection connection = dataSource.getConnection()) {
      update(
          connection,
          "insert into negotiation_track (id, name, counterpart, level, reference_prefix,"
              + " envoy_username, clearance_days, version)"
              + " values (1, 'Track', 'DPRK', 'WORKING', 'DPRK', 'envoy', 5, 0)",
          0);
      update(
          connection,
          "insert into proposal (id, reference, track_id, title, summary, classification, status,"
              + " version_number, created_at, updated_at, version) values (1, 'DPRK-2026-0001', 1,"
              + " 'Title', 'Summary', 'SECRET', 'DRAFT', 0, timestamp with time zone"
              + " '2026-09-01 09:00:00+00', timestamp with time zone '2026-09-01 09:00:00+00', 0)",
          0);
      // Ids out of time order, and ties on the instant: the chain orders by instant, then id.
      for (int i = 0; i < LEGACY_EVENTS; i++) {
        update(
            connection,
            "insert into audit_event (id, occurred_at, actor, action, proposal_id, detail) values"
                + " (?, timestamp with time zone '2026-09-0"
                + (1 + (i * 7) % 9)
                + " 10:00:00+00', 'drafter', 'EDITED', 1, 'Legacy event')",
            100 - i);
      }
    }
    DatabaseMigration.schema(dataSource).migrate();
    AuditChainDatabase legacy = new AuditChainDatabase(database, null);
    ChainVerdict verdict = legacy.verify();
    assertTrue(verdict.intact(), verdict::summary);
    List<Long> byInstantThenId = legacy.chain().stream().map(ChainedRow::id).toList();
    assertEquals(byInstantThenId, legacyOrder());
    return verdict.head();
  }

  /** The order the legacy events above happened in: by instant, then by id. */
  private static List<Long> legacyOrder() {
    List<long[]> events = new ArrayList<>();
    for (int i = 0; i < LEGACY_EVENTS; i++) {
      events.add(new long[] {1 + (i * 7) % 9, 100 - i});
    }
    events.sort(java.util.Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
    return events.stream().map(e -> e[1]).toList();
  }

  private record Output(int status, String text) {}

  /** The operators' command run against {@code database} as its owner, with {@code args}. */
  private static Output command(TestDatabase database, String... args) {
    String[] withUser = args;
    if (args.length > 0) {
      // JDBC_URL [USER] [--anchor POSITION:HASH]: the user right after the URL.
      withUser = new String[args.length + 1];
      withUser[0] = args[0];
      withUser[1] = database.user();
      System.arraycopy(args, 1, withUser, 2, args.length - 1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      int status = VerifyAuditChain.run(withUser, database.password(), print, print);
      return new Output(status, out.toString(StandardCharsets.UTF_8).strip());
    }
  }
}
