package org.parley.bench.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.parley.audit.domain.ChainLink;
import org.parley.bench.data.Database.Dialect;
import org.parley.bench.data.World.Instrument;
import org.parley.bench.data.World.Track;
import org.parley.clearance.domain.RoutingCriterion;
import org.parley.clearance.domain.RoutingRule;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Generates the benchmark data set into an H2 or PostgreSQL database (issue 7, docs/adr/0020).
 *
 * <pre>
 *   DataGenerator --jdbc-url URL --user U --password P [--proposals 100000] [--seed 20261130]
 *                 [--anchor 2026-11-30T00:00:00Z] [--if-absent] [--demo]
 * </pre>
 *
 * It first brings the schema up to date exactly as Parley does at deployment ({@link
 * DatabaseMigration#schema}, and {@link DatabaseMigration#demoData} with {@code --demo}), then
 * writes the tracks, the register if there is none, and proposal after proposal with their
 * versions, rounds, positions, comments, decisions, findings and audit events, committing every
 * {@value #CHUNK} proposals; the audit chain is whole after every commit. At the end it moves every
 * sequence past the ids it used and marks the data set complete in {@code bench_data_set}, which
 * tells a second run that the data set is there.
 */
public final class DataGenerator {

  /** Proposals per transaction. */
  static final int CHUNK = 500;

  /** The generated tracks' ids start past this (the demo tracks are 1 to 3). */
  static final long FIRST_TRACK_ID = 101;

  /** What one run did; {@code generated} is false when the data set was already there. */
  public record Report(
      boolean generated,
      int proposals,
      long positions,
      long auditEvents,
      Map<String, Long> tables,
      Duration elapsed,
      ChainLink head) {}

  private final GeneratorOptions options;
  private final PrintStream out;

  private DataGenerator(GeneratorOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      if (args.length == 0 || List.of(args).contains("--help")) {
        System.out.println(GeneratorOptions.USAGE);
        return;
      }
      run(GeneratorOptions.parse(args), System.out);
    } catch (GeneratorException e) {
      System.err.println("Data generator: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Migrates the database and generates the data set, printing progress to {@code out}.
   *
   * @throws GeneratorException when the database is locked, already holds the data set (without
   *     {@code --if-absent}), holds an unfinished one, or a statement fails
   */
  public static Report run(GeneratorOptions options, PrintStream out) {
    return new DataGenerator(options, out).run();
  }

  private Report run() {
    Instant started = Instant.now();
    DataSource dataSource = dataSource();
    try (Connection probe = connect(dataSource)) {
      out.println("Data generator: " + options.jdbcUrl());
    } catch (SQLException e) {
      throw new GeneratorException("Could not close the first connection: " + e.getMessage(), e);
    }
    int schema = DatabaseMigration.schema(dataSource).migrate().migrationsExecuted;
    out.println("Schema migrations applied: " + schema);
    if (options.demo()) {
      int demo = DatabaseMigration.demoData(dataSource).migrate().migrationsExecuted;
      out.println("Demo data migrations applied: " + demo);
    }
    try (Connection connection = connect(dataSource)) {
      connection.setAutoCommit(false);
      Optional<DataSetMarker> marker = DataSetMarker.read(connection);
      if (marker.isPresent()) {
        return alreadyThere(connection, marker.get(), started);
      }
      DataSetMarker.begin(connection, options, started);
      connection.commit();
      Report report = generate(connection, Dialect.of(connection), started);
      DataSetMarker.complete(connection, Instant.now());
      connection.commit();
      print(report);
      return report;
    } catch (SQLException e) {
      throw new GeneratorException("Generation failed: " + e.getMessage(), e);
    }
  }

  private Report alreadyThere(Connection connection, DataSetMarker marker, Instant started)
      throws SQLException {
    if (!marker.complete()) {
      throw new GeneratorException(
          "An earlier generation into this database did not finish ("
              + marker
              + "). Start again on a fresh database (H2: delete its files; PostgreSQL:"
              + " deploy/postgresql/create-database.sh --fresh).");
    }
    if (!options.ifAbsent()) {
      throw new GeneratorException(
          "This database already holds the generated data set ("
              + marker
              + "). Generating it twice would duplicate it: use a fresh database, or"
              + " --if-absent to keep this one.");
    }
    out.println("The generated data set is already there (" + marker + "): nothing to do.");
    return new Report(
        false,
        marker.proposals(),
        0,
        0,
        tableCounts(connection),
        Duration.between(started, Instant.now()),
        null);
  }

  private Report generate(Connection connection, Dialect dialect, Instant started)
      throws SQLException {
    World world = world(connection, dialect);
    Ids ids = firstIds(connection, dialect);
    long firstAuditId = Database.firstFreeId(connection, dialect, "audit_event", "audit_event_seq");
    Balance balance =
        new Balance(GeneratorOptions.POSITIONS_PER_PROPOSAL, GeneratorOptions.EVENTS_PER_PROPOSAL);
    Generation generation =
        new Generation(world, ids, balance, options.seed(), options.anchor(), options.proposals());
    int count = options.proposals();
    int step = Math.max(1, count / 20);
    int done = 0;
    try (RowWriter rows = new RowWriter(connection);
        AuditStream audit = new AuditStream(connection, firstAuditId)) {
      while (generation.hasNext()) {
        GeneratedProposal proposal = generation.next();
        rows.write(proposal);
        audit.addAll(proposal.events());
        done++;
        if (generation.hasNext()) {
          audit.writeBefore(generation.nextCreation());
        }
        if (done % CHUNK == 0) {
          commit(connection, rows, audit);
        }
        if (done % step == 0) {
          out.printf(
              "  %,d/%,d proposals, %,d positions, %,d audit events written (%,d queued), %d s%n",
              done,
              count,
              balance.positions,
              audit.written(),
              audit.queued(),
              Duration.between(started, Instant.now()).toSeconds());
        }
      }
      audit.addAll(generation.closingEvents());
      audit.writeAll();
      commit(connection, rows, audit);
      advanceSequences(connection, ids, audit.nextId() - 1);
      connection.commit();
      return new Report(
          true,
          count,
          balance.positions,
          audit.written(),
          tableCounts(connection),
          Duration.between(started, Instant.now()),
          audit.head());
    }
  }

  private static void commit(Connection connection, RowWriter rows, AuditStream audit)
      throws SQLException {
    rows.flush();
    audit.flush();
    connection.commit();
  }

  // --- the world ---

  private World world(Connection connection, Dialect dialect) throws SQLException {
    long firstTrack =
        Math.max(
                FIRST_TRACK_ID - 1,
                Database.single(connection, "select coalesce(max(id), 0) from negotiation_track"))
            + 1;
    List<Track> tracks = World.tracks(firstTrack);
    insertTracks(connection, tracks);
    List<Instrument> register = register(connection);
    if (register.stream().noneMatch(i -> !i.retired())) {
      long first = Database.firstFreeId(connection, dialect, "instrument", "instrument_seq");
      register = World.defaultRegister(first);
      insertRegister(connection, register);
      Database.restartAfter(
          connection, "instrument_seq", register.get(register.size() - 1).id(), 50);
      out.println(
          "No leverage register found: created one of " + register.size() + " instruments.");
    }
    connection.commit();
    return new World(tracks, register, routingRules(connection), threshold(connection));
  }

  private static void insertTracks(Connection connection, List<Track> tracks) throws SQLException {
    try (PreparedStatement track =
            connection.prepareStatement(
                "insert into negotiation_track (id, name, counterpart, level, reference_prefix,"
                    + " envoy_username, clearance_days, version)"
                    + " values (?, ?, ?, 'WORKING', ?, ?, ?, 0)");
        PreparedStatement staff =
            connection.prepareStatement(
                "insert into track_staff (track_id, username) values (?, ?)")) {
      for (Track t : tracks) {
        track.setLong(1, t.id());
        track.setString(2, t.name());
        track.setString(3, t.counterpart());
        track.setString(4, t.prefix());
        track.setString(5, t.envoy());
        track.setInt(6, t.clearanceDays());
        track.executeUpdate();
        for (String member : t.staff()) {
          staff.setLong(1, t.id());
          staff.setString(2, member);
          staff.executeUpdate();
        }
      }
    }
  }

  private static List<Instrument> register(Connection connection) throws SQLException {
    List<Instrument> register = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id, name, kind, tier, reversibility, owning_agency, retired"
                    + " from instrument order by id")) {
      while (rows.next()) {
        register.add(
            new Instrument(
                rows.getLong(1),
                rows.getString(2),
                InstrumentKind.valueOf(rows.getString(3)),
                rows.getInt(4),
                Reversibility.valueOf(rows.getString(5)),
                rows.getString(6),
                rows.getBoolean(7)));
      }
    }
    return register;
  }

  private static void insertRegister(Connection connection, List<Instrument> register)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes,"
                + " estimated_cost, legal_basis, retired, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, null, null, false, 0)")) {
      for (Instrument instrument : register) {
        insert.setLong(1, instrument.id());
        insert.setString(2, instrument.name());
        insert.setString(3, instrument.kind().name());
        insert.setInt(4, instrument.tier());
        insert.setString(5, instrument.reversibility().name());
        insert.setString(6, instrument.owningAgency());
        insert.setString(7, "Created with the benchmark data set.");
        insert.executeUpdate();
      }
    }
  }

  private static List<RoutingRule> routingRules(Connection connection) throws SQLException {
    List<RoutingRule> rules = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select criterion, criterion_value, agency_code from routing_rule order by id")) {
      while (rows.next()) {
        rules.add(
            new RoutingRule(
                RoutingCriterion.valueOf(rows.getString(1)),
                rows.getString(2),
                Agency.valueOf(rows.getString(3))));
      }
    }
    return rules;
  }

  private static int threshold(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select front_loading_threshold from reciprocity_setting where id = 1")) {
      return row.next() ? row.getInt(1) : 2;
    }
  }

  // --- ids and sequences ---

  private static Ids firstIds(Connection connection, Dialect dialect) throws SQLException {
    Ids ids = new Ids();
    ids.proposal = Database.firstFreeId(connection, dialect, "proposal", "proposal_seq");
    ids.phase = Database.firstFreeId(connection, dialect, "proposal_phase", "proposal_phase_seq");
    ids.version =
        Database.firstFreeId(connection, dialect, "proposal_version", "proposal_version_seq");
    ids.round = Database.firstFreeId(connection, dialect, "clearance_round", "clearance_round_seq");
    ids.review = Database.firstFreeId(connection, dialect, "agency_review", "agency_review_seq");
    ids.comment = Database.firstFreeId(connection, dialect, "review_comment", "review_comment_seq");
    ids.decision = Database.firstFreeId(connection, dialect, "decision", "decision_seq");
    ids.finding =
        Database.firstFreeId(connection, dialect, "version_finding", "version_finding_seq");
    ids.reference = Database.nextValue(connection, dialect, "proposal_reference_seq");
    return ids;
  }

  /** Every sequence past the ids used, so that the application goes on after them. */
  private static void advanceSequences(Connection connection, Ids next, long lastAuditId)
      throws SQLException {
    Database.restartAfter(connection, "proposal_seq", next.proposal - 1, 50);
    Database.restartAfter(connection, "proposal_phase_seq", next.phase - 1, 50);
    Database.restartAfter(connection, "proposal_version_seq", next.version - 1, 50);
    Database.restartAfter(connection, "clearance_round_seq", next.round - 1, 50);
    Database.restartAfter(connection, "agency_review_seq", next.review - 1, 50);
    Database.restartAfter(connection, "review_comment_seq", next.comment - 1, 50);
    Database.restartAfter(connection, "decision_seq", next.decision - 1, 50);
    Database.restartAfter(connection, "version_finding_seq", next.finding - 1, 50);
    Database.restartAfter(connection, "audit_event_seq", lastAuditId, 50);
    Database.restartAfter(connection, "proposal_reference_seq", next.reference - 1, 1);
  }

  // --- connections and output ---

  private DataSource dataSource() {
    String url = options.jdbcUrl();
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(options.user());
      h2.setPassword(options.password());
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgresql = new PGSimpleDataSource();
      postgresql.setURL(url);
      postgresql.setUser(options.user());
      postgresql.setPassword(options.password());
      // Batches of inserts become multi-row inserts: several times faster.
      postgresql.setReWriteBatchedInserts(true);
      return postgresql;
    }
    throw new GeneratorException(
        "The data generator writes to H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...), not "
            + url);
  }

  private static Connection connect(DataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      if (e.getErrorCode() == 90020) {
        throw new GeneratorException(
            "The H2 database is in use, most likely by a running Parley server, which holds its"
                + " file lock. Stop the server, then generate again. ("
                + e.getMessage().lines().findFirst().orElse("")
                + ")",
            e);
      }
      throw new GeneratorException("Could not connect: " + e.getMessage(), e);
    }
  }

  static final List<String> TABLES =
      List.of(
          "negotiation_track",
          "instrument",
          "proposal",
          "proposal_phase",
          "proposal_step",
          "proposal_drafter",
          "proposal_routed_agency",
          "proposal_version",
          "version_step",
          "version_finding",
          "clearance_round",
          "agency_review",
          "review_comment",
          "decision",
          "audit_event");

  static Map<String, Long> tableCounts(Connection connection) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, Database.single(connection, "select count(*) from " + table));
    }
    counts.put(
        "agency_review with a position",
        Database.single(
            connection, "select count(*) from agency_review where position is not null"));
    return counts;
  }

  private void print(Report report) {
    out.printf(
        "Generated %,d proposals, %,d positions, %,d audit events in %d s (seed %d, anchor %s).%n",
        report.proposals(),
        report.positions(),
        report.auditEvents(),
        report.elapsed().toSeconds(),
        options.seed(),
        options.anchor());
    out.println("Audit chain head: " + report.head().format());
    out.println("Rows per table (whole database):");
    report.tables().forEach((table, rows) -> out.printf("  %-32s %,12d%n", table, rows));
  }
}
