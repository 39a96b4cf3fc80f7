package org.parley.inbox.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.access.domain.Access;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.access.domain.Role;
import org.parley.access.domain.Subject;
import org.parley.inbox.application.InboxItem;
import org.parley.inbox.application.InboxSection;
import org.parley.inbox.application.SectionTotal;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * The inbox's SQL against the policy table: on a migrated database (H2, or PostgreSQL with
 * -Dparley.db=postgresql) filled with random proposals, rounds, slots and comments (fixed seed),
 * every section lists for every kind of user exactly the proposals that {@link Permission#evaluate}
 * grants them, in inbox order, and counts them; plus the cases the rules single out (a reviewer who
 * drafted it, a reviewer cleared below the marking).
 */
@DatabaseSensitive("the inbox's SQL against the policy table")
class JpaInboxQueriesIT {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Map<Long, Set<String>> STAFF = Map.of(1L, Set.of("drafter", "hybrid"));
  private static final Map<Long, String> ENVOYS = Map.of(1L, "envoy", 2L, "envoy2");

  private static final List<Subject> SUBJECTS =
      List.of(
          subject("drafter", null, Classification.SECRET, Role.ENVOY_STAFF),
          subject(
              "hybrid",
              Agency.STATE,
              Classification.SECRET,
              Role.ENVOY_STAFF,
              Role.AGENCY_REVIEWER),
          subject("analyst", Agency.STATE, Classification.CONFIDENTIAL, Role.AGENCY_REVIEWER),
          subject("state", Agency.STATE, Classification.TOP_SECRET, Role.AGENCY_REVIEWER),
          subject("energy-lead", Agency.ENERGY, Classification.SECRET, Role.AGENCY_LEAD),
          subject("envoy", null, Classification.TOP_SECRET, Role.ENVOY),
          subject("envoy2", null, Classification.SECRET, Role.ENVOY),
          subject("deputy", null, Classification.SECRET, Role.DEPUTY),
          subject(
              "drafting-principal",
              null,
              Classification.TOP_SECRET,
              Role.PRINCIPAL,
              Role.ENVOY_STAFF),
          subject("auditor", null, Classification.TOP_SECRET, Role.AUDITOR),
          subject("admin", null, Classification.TOP_SECRET, Role.ADMIN));

  private static final List<Fixture> PROPOSALS = new ArrayList<>();
  private static TestDatabase database;
  private static ParleyHibernate hibernate;
  private static EntityManager em;
  private static JpaInboxQueries queries;

  /** What the database holds about one proposal, and what the policy needs of it. */
  record Fixture(
      long id,
      String reference,
      ProposalFacts facts,
      Map<Agency, Slot> openSlots,
      Instant dueAt,
      boolean commentsOpen) {}

  record Slot(boolean pending, Instant overdueSince) {}

  @BeforeAll
  static void fill() throws SQLException {
    database = TestDatabase.fresh();
    Flyway.configure()
        .dataSource(database.dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection db = database.connection()) {
      update(
          db,
          "insert into negotiation_track values (1, 'T1', 'X', 'WORKING', 'AAA', 'envoy', 5, 0)");
      update(
          db,
          "insert into negotiation_track values (2, 'T2', 'X', 'WORKING', 'BBB', 'envoy2', 5, 0)");
      update(db, "insert into track_staff values (1, 'drafter')");
      update(db, "insert into track_staff values (1, 'hybrid')");
      Random random = new Random(7);
      // Two that the rules single out: hybrid drafted the first, not the second; both owe STATE.
      PROPOSALS.add(
          insert(
              db,
              1,
              1,
              Classification.UNCLASSIFIED,
              ProposalStatus.IN_CLEARANCE,
              Set.of("hybrid"),
              EnumSet.of(Agency.STATE),
              random,
              true));
      PROPOSALS.add(
          insert(
              db,
              2,
              1,
              Classification.UNCLASSIFIED,
              ProposalStatus.IN_CLEARANCE,
              Set.of("drafter"),
              EnumSet.of(Agency.STATE),
              random,
              true));
      List<String> people = List.of("drafter", "hybrid", "envoy", "envoy2", "drafting-principal");
      for (long id = 3; id <= 160; id++) {
        ProposalStatus status = pick(random, ProposalStatus.values());
        Set<String> drafters = new LinkedHashSet<>();
        drafters.add(pick(random, people.toArray(String[]::new)));
        if (random.nextInt(4) == 0) {
          drafters.add(pick(random, people.toArray(String[]::new)));
        }
        Set<Agency> routed = EnumSet.of(Agency.STATE);
        for (Agency agency : Agency.values()) {
          if (random.nextInt(3) == 0) {
            routed.add(agency);
          }
        }
        if (status == ProposalStatus.DRAFT && random.nextBoolean()) {
          routed = EnumSet.noneOf(Agency.class);
        }
        PROPOSALS.add(
            insert(
                db,
                id,
                1 + random.nextInt(2),
                pick(random, Classification.values()),
                status,
                drafters,
                routed,
                random,
                false));
      }
    }
    hibernate = ParleyHibernate.validatingAgainst(database);
    em = hibernate.sessionFactory().createEntityManager();
    queries = new JpaInboxQueries(em);
  }

  @AfterAll
  static void close() {
    em.close();
    hibernate.close();
    database.close();
  }

  static Stream<Subject> subjects() {
    return SUBJECTS.stream();
  }

  @ParameterizedTest
  @MethodSource("subjects")
  void eachSectionListsExactlyWhatThePolicyTableGrantsInInboxOrder(Subject subject) {
    for (InboxSection section : InboxSection.values()) {
      List<InboxItem> expected = expected(section, subject);

      List<InboxItem> listed = queries.items(section, subject, 0, 1000);
      SectionTotal total = queries.count(section, subject);

      assertEquals(expected, listed, subject.username() + ", " + section);
      assertEquals(expected.size(), total.count(), subject.username() + ", " + section);
      assertEquals(
          expected.stream()
              .map(InboxItem::classification)
              .max(Comparator.naturalOrder())
              .orElse(null),
          total.highest());
      if (expected.size() > 3) {
        assertEquals(expected.subList(1, 3), queries.items(section, subject, 1, 2), "a slice");
      }
    }
  }

  @Test
  void theDataGivesEverySectionAndTaskSomethingToList() {
    Map<String, Subject> byName =
        SUBJECTS.stream().collect(java.util.stream.Collectors.toMap(Subject::username, s -> s));

    List<String> stateTasks = tasks(InboxSection.POSITIONS, byName.get("state"));
    List<String> envoyTasks = tasks(InboxSection.DRAFTS, byName.get("envoy"));
    List<String> deputyTasks = tasks(InboxSection.DECISIONS, byName.get("deputy"));

    assertTrue(stateTasks.size() > 10, "positions owed by STATE: " + stateTasks.size());
    assertTrue(envoyTasks.contains("ANSWER_COMMENTS") && envoyTasks.contains("REVISE_DRAFT"));
    assertFalse(deputyTasks.isEmpty());
    assertFalse(tasks(InboxSection.DECISIONS, byName.get("drafting-principal")).isEmpty());
    assertTrue(
        queries.items(InboxSection.POSITIONS, byName.get("state"), 0, 1000).stream()
            .anyMatch(InboxItem::overdue));
  }

  private static List<String> tasks(InboxSection section, Subject subject) {
    return queries.items(section, subject, 0, 1000).stream().map(InboxItem::task).toList();
  }

  @Test
  void aReviewerIsNeverAskedForAPositionOnTheirOwnDraft() {
    Subject hybrid = SUBJECTS.get(1);

    List<Long> owed = ids(queries.items(InboxSection.POSITIONS, hybrid, 0, 1000));

    assertFalse(owed.contains(1L), "hybrid drafted proposal 1");
    assertTrue(owed.contains(2L), "drafter drafted proposal 2, hybrid reviews it for STATE");
    assertTrue(
        PROPOSALS.stream()
            .filter(p -> p.facts().drafters().contains("hybrid"))
            .noneMatch(p -> owed.contains(p.id())));
  }

  @Test
  void aReviewerClearedToConfidentialNeverSeesASecretItem() {
    Subject analyst = SUBJECTS.get(2);
    Subject state = SUBJECTS.get(3);

    for (InboxSection section : InboxSection.values()) {
      assertTrue(
          queries.items(section, analyst, 0, 1000).stream()
              .allMatch(i -> Classification.CONFIDENTIAL.dominates(i.classification())));
    }
    assertTrue(
        queries.items(InboxSection.POSITIONS, state, 0, 1000).stream()
            .anyMatch(i -> i.classification().compareTo(Classification.CONFIDENTIAL) > 0),
        "the data holds SECRET work for STATE, so the analyst's inbox is filtered");
  }

  @Test
  void anAdministratorHasNothingWaiting() {
    Subject admin = SUBJECTS.get(SUBJECTS.size() - 1);
    for (InboxSection section : InboxSection.values()) {
      assertEquals(SectionTotal.EMPTY, queries.count(section, admin));
      assertTrue(queries.items(section, admin, 0, 20).isEmpty());
    }
  }

  private static List<InboxItem> expected(InboxSection section, Subject subject) {
    return PROPOSALS.stream()
        .filter(p -> section.permission().evaluate(subject, p.facts()) == Access.GRANTED)
        .filter(
            p ->
                section != InboxSection.POSITIONS
                    || subject.agency() != null
                        && p.openSlots().containsKey(subject.agency())
                        && p.openSlots().get(subject.agency()).pending())
        .map(p -> item(section, subject, p))
        .sorted(
            Comparator.comparing(
                    InboxItem::dueAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(InboxItem::reference))
        .toList();
  }

  private static InboxItem item(InboxSection section, Subject subject, Fixture p) {
    boolean position = section == InboxSection.POSITIONS;
    String task =
        switch (section) {
          case POSITIONS -> "TAKE_POSITION";
          case DRAFTS -> p.commentsOpen() ? "ANSWER_COMMENTS" : "REVISE_DRAFT";
          case DECISIONS -> "DECIDE";
        };
    return new InboxItem(
        p.id(),
        p.reference(),
        "Title " + p.id(),
        p.facts().status(),
        task,
        position ? subject.agency() : null,
        position ? p.dueAt() : null,
        p.facts().classification(),
        position ? p.openSlots().get(subject.agency()).overdueSince() : null);
  }

  /** One proposal with its drafters, routing, rounds, slots and comments. */
  private static Fixture insert(
      Connection db,
      long id,
      long track,
      Classification classification,
      ProposalStatus status,
      Set<String> drafters,
      Set<Agency> routed,
      Random random,
      boolean allPending)
      throws SQLException {
    String reference = "AAA-2026-%04d".formatted((id * 37) % 1000);
    boolean reached =
        EnumSet.of(
                    ProposalStatus.AWAITING_DECISION,
                    ProposalStatus.APPROVED,
                    ProposalStatus.REJECTED)
                .contains(status)
            || status == ProposalStatus.DRAFT && random.nextInt(4) == 0;
    update(
        db,
        "insert into proposal (id, reference, track_id, title, summary, classification, status,"
            + " version_number, created_at, updated_at, version, reached_deciders)"
            + " values (?, ?, ?, ?, 'S', ?, ?, 1, ?, ?, 0, ?)",
        id,
        reference,
        track,
        "Title " + id,
        classification.name(),
        status.name(),
        at(NOW),
        at(NOW),
        reached);
    for (String drafter : drafters) {
      update(db, "insert into proposal_drafter values (?, ?)", id, drafter);
    }
    for (Agency agency : routed) {
      update(db, "insert into proposal_routed_agency values (?, ?)", id, agency.name());
    }
    Map<Agency, Slot> open = new java.util.EnumMap<>(Agency.class);
    Instant due = NOW.plusSeconds(3600L * random.nextInt(48));
    boolean commentsOpen = false;
    if (!routed.isEmpty()) {
      // An older round, closed, whose comments are all unanswered: never what counts for a draft.
      long old = id * 10;
      update(
          db,
          "insert into clearance_round values (?, ?, 1, ?, ?, ?, 'CHANGES_REQUESTED', false, 0)",
          old,
          id,
          at(NOW),
          at(due),
          at(NOW));
      slotWithComment(db, old * 10, old, Agency.STATE, null);
      long latest = id * 10 + 1;
      boolean isOpen = status == ProposalStatus.IN_CLEARANCE;
      boolean cancelled = status == ProposalStatus.WITHDRAWN;
      update(
          db,
          "insert into clearance_round values (?, ?, 2, ?, ?, ?, ?, ?, 0)",
          latest,
          id,
          at(NOW),
          at(due),
          isOpen ? null : at(NOW),
          isOpen || cancelled ? null : "CLEARED",
          cancelled);
      int slot = 0;
      for (Agency agency : routed) {
        boolean pending = (isOpen || cancelled) && (allPending || random.nextInt(3) > 0);
        Instant overdue = pending && random.nextBoolean() ? due.plusSeconds(60) : null;
        update(
            db,
            "insert into agency_review (id, round_id, agency_code, position, answered_by,"
                + " acting_for, answered_at, version, overdue_since) values (?, ?, ?, ?, ?, null, ?, 0, ?)",
            latest * 10 + slot++,
            latest,
            agency.name(),
            pending ? null : "CONCUR",
            pending ? null : "someone",
            pending ? null : at(NOW),
            overdue == null ? null : at(overdue));
        if (isOpen) {
          open.put(agency, new Slot(pending, overdue));
        }
      }
      if (status == ProposalStatus.DRAFT) {
        Boolean accepted = random.nextBoolean() ? null : Boolean.TRUE;
        commentsOpen = accepted == null;
        update(
            db,
            "insert into review_comment (id, review_id, comment_order, comment_type, comment_text,"
                + " accepted, version) values (?, ?, 0, 'MAJOR', 'Why?', ?, 0)",
            latest * 100,
            latest * 10,
            accepted);
      }
    }
    return new Fixture(
        id,
        reference,
        new ProposalFacts(
            classification,
            status,
            ENVOYS.get(track),
            STAFF.getOrDefault(track, Set.of()),
            routed,
            reached,
            drafters),
        open,
        due,
        commentsOpen);
  }

  private static void slotWithComment(
      Connection db, long review, long round, Agency agency, Boolean accepted) throws SQLException {
    update(
        db,
        "insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for,"
            + " answered_at, version) values (?, ?, ?, 'CHANGES_REQUESTED', 'someone', null, ?, 0)",
        review,
        round,
        agency.name(),
        at(NOW));
    update(
        db,
        "insert into review_comment (id, review_id, comment_order, comment_type, comment_text,"
            + " accepted, version) values (?, ?, 0, 'MAJOR', 'Old.', ?, 0)",
        review * 10,
        review,
        accepted);
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static Subject subject(
      String name, Agency agency, Classification clearance, Role... roles) {
    return new Subject(name, Set.of(roles), agency, clearance);
  }

  private static List<Long> ids(List<InboxItem> items) {
    return items.stream().map(InboxItem::proposalId).toList();
  }
}
