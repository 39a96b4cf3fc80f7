package org.parley.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.parley.access.domain.Role;
import org.parley.audit.domain.AuditAction;
import org.parley.audit.domain.AuditEvent;
import org.parley.clearance.domain.AgencyReview;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.ReviewComment;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.clearance.domain.RoutingFacts;
import org.parley.clearance.domain.RoutingPolicy;
import org.parley.clearance.domain.RoutingRule;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.identity.domain.UserAccount;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.support.ParleyHibernate;
import org.parley.support.TestDatabase;
import org.parley.support.database.DatabaseSensitive;

/**
 * The demo data (db/dev, applied with {@code -Dparley.demo=true}) tells consistent stories: it is
 * migrated exactly as the application migrates it, loaded through Hibernate with every mapping
 * validated, and held to the workflow's own rules (ClearanceRound decides the outcomes, routing the
 * agencies).
 */
@DatabaseSensitive("the demo data as migrated and loaded through Hibernate")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT {

  private TestDatabase database;
  private ParleyHibernate hibernate;
  private Demo demo;

  @BeforeAll
  void migrateTheSchemaAndTheDemoDataThenLoadItThroughHibernate() {
    database = TestDatabase.fresh();
    DatabaseMigration.schema(database.dataSource()).migrate();
    DatabaseMigration.demoData(database.dataSource()).migrate();
    hibernate = ParleyHibernate.validatingAgainst(database);
    demo = hibernate.sessionFactory().fromSession(Demo::load);
  }

  @AfterAll
  void closeHibernate() {
    hibernate.close();
    database.close();
  }

  @Test
  void everyStatusHasAProposalOnTheWorkingLevelTrack() {
    assertEquals(
        EnumSet.allOf(ProposalStatus.class),
        demo.proposals.stream()
            .filter(p -> p.getTrackId() == 1L)
            .map(Proposal::getStatus)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalStatus.class))));
  }

  @Test
  void needToKnowMatchesTheRoundsAndTheDecisions() {
    assertAll(
        eachProposal(
            proposal -> {
              Set<Agency> slots =
                  demo.rounds(proposal).stream()
                      .flatMap(round -> round.getReviews().stream())
                      .map(AgencyReview::getAgency)
                      .collect(Collectors.toSet());
              assertEquals(slots, proposal.getRoutedAgencies(), proposal.getReference());
              boolean reached =
                  !demo.decisions(proposal).isEmpty()
                      || EnumSet.of(
                              ProposalStatus.AWAITING_DECISION,
                              ProposalStatus.APPROVED,
                              ProposalStatus.REJECTED)
                          .contains(proposal.getStatus());
              assertEquals(reached, proposal.hasReachedDeciders(), proposal.getReference());
            }));
  }

  @Test
  void everyClassificationIsUsed() {
    assertEquals(
        EnumSet.allOf(Classification.class),
        demo.proposals.stream()
            .map(Proposal::getClassification)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Classification.class))));
  }

  @Test
  void referencesStayBelowTheNumbersTheApplicationHandsOut() {
    long next =
        hibernate
            .sessionFactory()
            .fromSession(
                session -> {
                  // As the application asks: in the spelling of the database's dialect.
                  String sql =
                      session
                          .getSessionFactory()
                          .unwrap(SessionFactoryImplementor.class)
                          .getJdbcServices()
                          .getDialect()
                          .getSequenceSupport()
                          .getSequenceNextValString("proposal_reference_seq");
                  return ((Number) session.createNativeQuery(sql, Long.class).getSingleResult())
                      .longValue();
                });

    for (Proposal proposal : demo.proposals) {
      assertTrue(
          proposal.getReference().matches("(DPRK|IRAN)-2026-\\d{4}"), proposal::getReference);
      long number = Long.parseLong(proposal.getReference().substring("DPRK-2026-".length()));
      assertTrue(number < next, proposal::getReference);
    }
  }

  @Test
  void everySubmittedProposalHasItsVersionsOneToVersionNumberWithCompleteContent() {
    assertAll(
        eachProposal(
            proposal -> {
              List<ProposalVersion> versions = demo.versions(proposal);
              assertEquals(
                  IntStream.rangeClosed(1, proposal.getVersionNumber()).boxed().toList(),
                  versions.stream().map(ProposalVersion::getNumber).toList());
              for (ProposalVersion version : versions) {
                assertEquals(
                    Optional.empty(),
                    version.content().incompleteness(),
                    "version " + version.getNumber());
                assertEquals(proposal.getClassification(), version.getClassification());
              }
              if (proposal.getStatus() != ProposalStatus.DRAFT) {
                assertEquals(
                    versions.get(versions.size() - 1).content(),
                    proposal.content(),
                    "out of DRAFT, the content is the latest version's");
              }
            }));
  }

  @Test
  void everySubmittedProposalHasAClearanceRoundPerVersion() {
    assertAll(
        eachProposal(
            proposal ->
                assertEquals(
                    IntStream.rangeClosed(1, proposal.getVersionNumber()).boxed().toList(),
                    demo.rounds(proposal).stream()
                        .map(ClearanceRound::getVersionNumber)
                        .toList())));
  }

  @Test
  void eachClosedRoundsOutcomeIsWhatTheRoundsOwnRulesMakeOfItsPositions() {
    assertAll(
        demo.rounds.stream()
            .filter(round -> round.getOutcome().isPresent())
            .map(
                round ->
                    (Executable)
                        () -> {
                          ClearanceRound replayed = replay(round);
                          assertEquals(round.getOutcome(), replayed.getOutcome(), describe(round));
                          assertEquals(round.dissents(), replayed.dissents(), describe(round));
                          assertEquals(
                              replayed.getClosedAt(), round.getClosedAt(), describe(round));
                          assertFalse(round.isCancelled());
                        }));
  }

  @Test
  void onlyTheLatestRoundOfAProposalInClearanceIsOpenAndOnlyAWithdrawnProposalsIsCancelled() {
    assertAll(
        eachProposal(
            proposal -> {
              List<ClearanceRound> rounds = demo.rounds(proposal);
              for (ClearanceRound round : rounds) {
                boolean latest = round == rounds.get(rounds.size() - 1);
                assertEquals(
                    latest && proposal.getStatus() == ProposalStatus.IN_CLEARANCE,
                    round.isOpen(),
                    describe(round) + " open");
                assertEquals(
                    latest && proposal.getStatus() == ProposalStatus.WITHDRAWN,
                    round.isCancelled(),
                    describe(round) + " cancelled");
                if (round.isOpen() || round.isCancelled()) {
                  assertTrue(
                      round.getReviews().stream().anyMatch(r -> !r.isAnswered()),
                      describe(round) + " has a pending slot");
                }
              }
            }));
  }

  @Test
  void theLatestRoundsOutcomeIsWhereTheProposalWent() {
    assertAll(
        eachProposal(
            proposal -> {
              List<ClearanceRound> rounds = demo.rounds(proposal);
              if (rounds.isEmpty() || rounds.get(rounds.size() - 1).getOutcome().isEmpty()) {
                return;
              }
              RoundOutcome outcome = rounds.get(rounds.size() - 1).getOutcome().orElseThrow();
              Set<ProposalStatus> expected =
                  outcome == RoundOutcome.CHANGES_REQUESTED
                      ? EnumSet.of(ProposalStatus.DRAFT)
                      : latestDecision(proposal)
                          .map(d -> EnumSet.of(statusAfter(d.getOutcome())))
                          .orElse(EnumSet.of(ProposalStatus.AWAITING_DECISION));
              assertTrue(expected.contains(proposal.getStatus()), proposal::getReference);
            }));
  }

  @Test
  void everyRoundGoesToTheAgenciesRoutingSelectsAndThoseTheEnvoyAdded() {
    List<RoutingRule> rules = demo.rules;
    assertAll(
        demo.rounds.stream()
            .map(
                round ->
                    (Executable)
                        () -> {
                          ProposalContent content = demo.version(round).content();
                          Set<Agency> routed =
                              RoutingPolicy.requiredAgencies(rules, facts(content), Set.of());
                          Set<Agency> slots =
                              round.getReviews().stream()
                                  .map(AgencyReview::getAgency)
                                  .collect(Collectors.toSet());
                          assertTrue(slots.containsAll(routed), describe(round));
                          String submitted = demo.submission(round).getDetail().orElse("");
                          for (Agency agency : slots) {
                            assertTrue(
                                routed.contains(agency)
                                    || submitted.contains("added by the envoy")
                                        && submitted.contains(agency.name()),
                                () ->
                                    describe(round) + ": " + agency + " neither routed nor added");
                          }
                        }));
  }

  @Test
  void aProposalAwaitingADecisionCarriesADissent() {
    List<Proposal> awaiting =
        demo.proposals.stream()
            .filter(p -> p.getStatus() == ProposalStatus.AWAITING_DECISION)
            .toList();

    assertFalse(awaiting.isEmpty());
    for (Proposal proposal : awaiting) {
      List<ClearanceRound> rounds = demo.rounds(proposal);
      assertFalse(rounds.get(rounds.size() - 1).dissents().isEmpty(), proposal::getReference);
    }
  }

  @Test
  void theDemoShowsEveryMomentOfTheWorkflow() {
    assertTrue(
        demo.proposals.stream()
            .anyMatch(
                p ->
                    p.getStatus() == ProposalStatus.IN_CLEARANCE
                        && latestRound(p).getReviews().stream().anyMatch(AgencyReview::isAnswered)
                        && latestRound(p).getReviews().stream().anyMatch(r -> !r.isAnswered())),
        "a round in clearance with positions taken and pending");
    assertTrue(
        demo.proposals.stream()
            .anyMatch(
                p ->
                    p.getStatus() == ProposalStatus.DRAFT
                        && p.getVersionNumber() > 0
                        && latestRound(p)
                            .getOutcome()
                            .equals(Optional.of(RoundOutcome.CHANGES_REQUESTED))
                        && comments(latestRound(p)).anyMatch(ReviewComment::isResolved)
                        && comments(latestRound(p)).anyMatch(c -> !c.isResolved())),
        "a draft back with changes requested and its comments partly answered");
    assertTrue(
        demo.proposals.stream()
            .anyMatch(p -> p.getStatus() == ProposalStatus.DRAFT && p.getVersionNumber() == 0),
        "a draft never submitted");
    assertTrue(
        demo.proposals.stream().anyMatch(p -> p.getVersionNumber() > 1),
        "a proposal with more than one version");
  }

  @Test
  void everyDecisionIsOnAClearedVersionAndLedToTheProposalsStatus() {
    assertAll(
        eachProposal(
            proposal -> {
              Optional<ProposalStatus> decided =
                  latestDecision(proposal).map(d -> statusAfter(d.getOutcome()));
              switch (proposal.getStatus()) {
                case APPROVED, REJECTED -> assertEquals(Optional.of(proposal.getStatus()), decided);
                case IN_CLEARANCE, AWAITING_DECISION -> assertEquals(Optional.empty(), decided);
                case DRAFT, WITHDRAWN ->
                    assertTrue(decided.isEmpty() || decided.get() == ProposalStatus.DRAFT);
              }
              for (Decision decision : demo.decisions(proposal)) {
                ClearanceRound round = demo.rounds(proposal).get(decision.getVersionNumber() - 1);
                assertEquals(Optional.of(RoundOutcome.CLEARED), round.getOutcome());
                assertTrue(decision.getDecidedAt().isAfter(round.getClosedAt().orElseThrow()));
                assertFalse(decision.getRationale().isBlank());
                assertEquals(
                    decision.getOutcome() == DecisionOutcome.APPROVED_WITH_CONDITIONS,
                    decision.getConditions().filter(c -> !c.isBlank()).isPresent());
              }
            }));
  }

  @Test
  void reviewersActForTheirOwnAgencyWithinTheirClearanceAndNeverOnWhatTheyDrafted() {
    assertAll(
        eachProposal(
            proposal -> {
              for (ClearanceRound round : demo.rounds(proposal)) {
                for (AgencyReview review : round.getReviews()) {
                  if (!review.isAnswered()) {
                    continue;
                  }
                  UserAccount reviewer = demo.user(review.getAnsweredBy().orElseThrow());
                  assertEquals(Optional.of(review.getAgency()), reviewer.getAgency());
                  assertEquals(Optional.of(review.getAgency().name()), review.getActingFor());
                  assertTrue(
                      reviewer.getRoles().contains(Role.AGENCY_REVIEWER)
                          || reviewer.getRoles().contains(Role.AGENCY_LEAD));
                  assertTrue(reviewer.getClearance().dominates(proposal.getClassification()));
                  assertFalse(proposal.isDraftedBy(reviewer.getUsername()));
                }
              }
              for (Decision decision : demo.decisions(proposal)) {
                UserAccount decider = demo.user(decision.getDecidedBy());
                assertTrue(
                    decider.getRoles().contains(Role.DEPUTY)
                        || decider.getRoles().contains(Role.PRINCIPAL));
                assertFalse(proposal.isDraftedBy(decider.getUsername()));
              }
              for (String drafter : proposal.getDrafters()) {
                assertTrue(
                    proposal.getTrackId() == 3L
                        ? drafter.equals("iran-envoy")
                        : Set.of("drafter", "envoy").contains(drafter),
                    "drafted by the track's staff or envoy");
              }
            }));
  }

  @Test
  void everyAuditTrailStartsWithCreatedAndEndsInTheProposalsStatus() {
    assertAll(
        eachProposal(
            proposal -> {
              List<AuditEvent> trail = demo.trail(proposal);
              assertEquals(AuditAction.CREATED, trail.get(0).getAction());
              assertEquals(Optional.of("DRAFT"), trail.get(0).getToStatus());
              String status = null;
              for (AuditEvent event : trail) {
                if (event.getToStatus().isPresent()) {
                  assertEquals(
                      Optional.ofNullable(status),
                      event.getFromStatus(),
                      () -> event.getAction() + " at " + event.getAt());
                  status = event.getToStatus().orElseThrow();
                }
              }
              assertEquals(proposal.getStatus().name(), status);
            }));
  }

  @Test
  void theTrailRecordsEverySubmissionPositionClosureAndDecision() {
    assertAll(
        eachProposal(
            proposal -> {
              List<AuditEvent> trail = demo.trail(proposal);
              assertEquals(
                  IntStream.rangeClosed(1, proposal.getVersionNumber()).boxed().toList(),
                  versionsOf(trail, AuditAction.SUBMITTED));
              long positions =
                  demo.rounds(proposal).stream()
                      .flatMap(r -> r.getReviews().stream())
                      .filter(AgencyReview::isAnswered)
                      .count();
              assertEquals(positions, count(trail, AuditAction.POSITION_TAKEN));
              assertEquals(
                  demo.rounds(proposal).stream().filter(r -> r.getOutcome().isPresent()).count(),
                  count(trail, AuditAction.ROUND_CLOSED));
              assertEquals(demo.decisions(proposal).size(), count(trail, AuditAction.DECIDED));
              assertEquals(
                  demo.rounds(proposal).stream()
                      .flatMap(DemoDataIT::comments)
                      .filter(ReviewComment::isResolved)
                      .count(),
                  count(trail, AuditAction.COMMENT_RESOLVED));
              assertEquals(
                  proposal.getStatus() == ProposalStatus.WITHDRAWN ? 1 : 0,
                  count(trail, AuditAction.WITHDRAWN));
              assertTrue(
                  trail.stream()
                      .map(AuditEvent::getAt)
                      .allMatch(at -> !at.isBefore(proposal.getCreatedAt())));
            }));
  }

  @Test
  void rowsTheApplicationAddsGetIdsTheDemoDataDoesNotUse() {
    hibernate
        .sessionFactory()
        .inSession(
            session -> {
              Transaction transaction = session.beginTransaction();
              try {
                Proposal demoProposal = demo.proposals.get(0);
                Instant now = Instant.parse("2026-11-30T09:00:00Z");
                Proposal proposal =
                    Proposal.draft("DPRK-2026-0100", 1L, demoProposal.content(), "drafter", now);
                session.persist(proposal);
                session.flush();
                ProposalVersion version = proposal.submitForClearance("envoy", now);
                session.persist(version);
                ClearanceRound round =
                    ClearanceRound.open(
                        proposal.getId(), 1, List.of(Agency.STATE, Agency.IC), now, now);
                round.recordPosition(
                    Agency.STATE,
                    Position.CHANGES_REQUESTED,
                    List.of(new CommentDraft(CommentType.MAJOR, "A new comment.")),
                    "state",
                    "STATE",
                    now);
                session.persist(round);
                session.persist(
                    new Decision(
                        proposal.getId(),
                        1,
                        DecisionOutcome.REJECTED,
                        "Why.",
                        null,
                        "deputy",
                        now));
                session.persist(
                    new AuditEvent(
                        now,
                        "drafter",
                        null,
                        AuditAction.CREATED,
                        proposal.getId(),
                        null,
                        "DRAFT",
                        null,
                        "new"));
                session.flush();
                assertNotNull(round.getReviews().get(0).getComments().get(0).getId());
              } finally {
                transaction.rollback();
              }
            });
  }

  // --- helpers ---

  private Executable[] eachProposal(Consumer<Proposal> check) {
    return demo.proposals.stream()
        .map(p -> (Executable) () -> check.accept(p))
        .toArray(Executable[]::new);
  }

  private ClearanceRound latestRound(Proposal proposal) {
    List<ClearanceRound> rounds = demo.rounds(proposal);
    return rounds.get(rounds.size() - 1);
  }

  private Optional<Decision> latestDecision(Proposal proposal) {
    List<Decision> decisions = demo.decisions(proposal);
    return decisions.stream()
        .filter(d -> d.getVersionNumber() == proposal.getVersionNumber())
        .reduce((first, second) -> second);
  }

  private static ProposalStatus statusAfter(DecisionOutcome outcome) {
    return switch (outcome) {
      case APPROVED, APPROVED_WITH_CONDITIONS -> ProposalStatus.APPROVED;
      case RETURNED -> ProposalStatus.DRAFT;
      case REJECTED -> ProposalStatus.REJECTED;
    };
  }

  /** The round as ClearanceRound itself would have recorded its answers, in the order given. */
  private static ClearanceRound replay(ClearanceRound stored) {
    ClearanceRound replayed =
        ClearanceRound.open(
            stored.getProposalId(),
            stored.getVersionNumber(),
            stored.getReviews().stream().map(AgencyReview::getAgency).toList(),
            stored.getOpenedAt(),
            stored.getDueAt());
    stored.getReviews().stream()
        .filter(AgencyReview::isAnswered)
        .sorted(Comparator.comparing(r -> r.getAnsweredAt().orElseThrow()))
        .forEach(
            review ->
                replayed.recordPosition(
                    review.getAgency(),
                    review.getPosition().orElseThrow(),
                    review.getComments().stream()
                        .map(c -> new CommentDraft(c.getType(), c.getText()))
                        .toList(),
                    review.getAnsweredBy().orElseThrow(),
                    review.getActingFor().orElseThrow(),
                    review.getAnsweredAt().orElseThrow()));
    return replayed;
  }

  private static RoutingFacts facts(ProposalContent content) {
    List<ReciprocalStep> steps = content.allSteps();
    return new RoutingFacts(
        names(steps, s -> s.ours().orElseThrow().category()),
        names(steps, s -> s.theirs().orElseThrow().category()),
        names(steps, s -> s.theirs().orElseThrow().verification()));
  }

  private static Set<String> names(
      List<ReciprocalStep> steps, Function<ReciprocalStep, Enum<?>> value) {
    return steps.stream().map(value).map(Enum::name).collect(Collectors.toSet());
  }

  private static Stream<ReviewComment> comments(ClearanceRound round) {
    return round.getReviews().stream().flatMap(r -> r.getComments().stream());
  }

  private static List<Integer> versionsOf(List<AuditEvent> trail, AuditAction action) {
    return trail.stream()
        .filter(e -> e.getAction() == action)
        .map(e -> e.getVersionNumber().orElseThrow())
        .toList();
  }

  private static long count(List<AuditEvent> trail, AuditAction action) {
    return trail.stream().filter(e -> e.getAction() == action).count();
  }

  private static String describe(ClearanceRound round) {
    return "round of proposal " + round.getProposalId() + " v" + round.getVersionNumber();
  }

  /** Everything the demo data holds, loaded once through Hibernate. */
  private static final class Demo {
    final List<Proposal> proposals;
    final List<ProposalVersion> versionRows;
    final List<ClearanceRound> rounds;
    final List<Decision> decisionRows;
    final List<AuditEvent> events;
    final List<RoutingRule> rules;
    final Map<String, UserAccount> users;

    private Demo(Session session) {
      proposals = session.createQuery("from Proposal order by id", Proposal.class).list();
      versionRows =
          session
              .createQuery(
                  "from ProposalVersion order by proposalId, number", ProposalVersion.class)
              .list();
      rounds =
          session
              .createQuery(
                  "from ClearanceRound order by proposalId, versionNumber", ClearanceRound.class)
              .list();
      decisionRows =
          session
              .createQuery("from Decision order by proposalId, decidedAt", Decision.class)
              .list();
      events =
          session
              .createQuery("from AuditEvent order by proposalId, at, id", AuditEvent.class)
              .list();
      rules = session.createQuery("from RoutingRule", RoutingRule.class).list();
      users =
          session.createQuery("from UserAccount", UserAccount.class).list().stream()
              .collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
      // Touch every lazy association while the session is open.
      proposals.forEach(Proposal::content);
      versionRows.forEach(ProposalVersion::content);
      users.values().forEach(UserAccount::getRoles);
    }

    static Demo load(Session session) {
      return new Demo(session);
    }

    List<ProposalVersion> versions(Proposal proposal) {
      return of(versionRows, v -> v.getProposalId(), proposal);
    }

    ProposalVersion version(ClearanceRound round) {
      return versionRows.stream()
          .filter(v -> v.getProposalId() == round.getProposalId())
          .filter(v -> v.getNumber() == round.getVersionNumber())
          .findFirst()
          .orElseThrow();
    }

    List<ClearanceRound> rounds(Proposal proposal) {
      return of(rounds, ClearanceRound::getProposalId, proposal);
    }

    List<Decision> decisions(Proposal proposal) {
      return of(decisionRows, Decision::getProposalId, proposal);
    }

    List<AuditEvent> trail(Proposal proposal) {
      return of(events, e -> e.getProposalId().orElse(null), proposal);
    }

    AuditEvent submission(ClearanceRound round) {
      return events.stream()
          .filter(e -> e.getProposalId().equals(Optional.of(round.getProposalId())))
          .filter(e -> e.getAction() == AuditAction.SUBMITTED)
          .filter(e -> e.getVersionNumber().equals(Optional.of(round.getVersionNumber())))
          .findFirst()
          .orElseThrow();
    }

    UserAccount user(String username) {
      UserAccount user = users.get(username);
      assertNotNull(user, username);
      return user;
    }

    private static <T> List<T> of(List<T> rows, Function<T, Long> proposalId, Proposal proposal) {
      List<T> found = new ArrayList<>();
      for (T row : rows) {
        if (proposalId.apply(row).equals(proposal.getId())) {
          found.add(row);
        }
      }
      return found;
    }
  }
}
