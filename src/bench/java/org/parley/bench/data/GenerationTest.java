package org.parley.bench.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.parley.audit.domain.AuditAction;
import org.parley.bench.data.Rows.DecisionRow;
import org.parley.bench.data.Rows.EventRow;
import org.parley.bench.data.Rows.ProposalRow;
import org.parley.bench.data.Rows.ReviewRow;
import org.parley.bench.data.Rows.RoundRow;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.clearance.domain.RoutingPolicy;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * The generated data set, without a database: reproducible from its seed, on its targets, and every
 * proposal's rows tell one consistent story.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerationTest {

  private static final Instant ANCHOR = GeneratorOptions.DEFAULT_ANCHOR;
  private static final int COUNT = 4000;

  private List<GeneratedProposal> dataSet;
  private List<EventRow> closing;

  @BeforeAll
  void generate() {
    Balance balance = new Balance(5, 20);
    Generation generation = generation(7, COUNT, balance);
    dataSet = new ArrayList<>();
    while (generation.hasNext()) {
      dataSet.add(generation.next());
    }
    closing = generation.closingEvents();
  }

  private static Generation generation(long seed, int count, Balance balance) {
    return new Generation(Worlds.standard(), Ids.startingAt(1), balance, seed, ANCHOR, count);
  }

  private static List<GeneratedProposal> all(long seed, int count) {
    Generation generation = generation(seed, count, new Balance(5, 20));
    List<GeneratedProposal> list = new ArrayList<>();
    while (generation.hasNext()) {
      list.add(generation.next());
    }
    return list;
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
    List<GeneratedProposal> first = all(20261130, 300);
    assertEquals(first, all(20261130, 300));
    assertNotEquals(first, all(20261131, 300));
  }

  @Test
  void positionsAndAuditEventsMeetTheirTargets() {
    long positions = dataSet.stream().mapToLong(GeneratedProposal::positions).sum();
    long events = dataSet.stream().mapToLong(p -> p.events().size()).sum() + closing.size();
    assertEquals(20L * COUNT, events);
    assertTrue(Math.abs(positions - 5L * COUNT) <= COUNT / 50, () -> positions + " positions");
  }

  @Test
  void everyStatusClassificationAndDecisionOutcomeOccurs() {
    assertEquals(
        EnumSet.allOf(ProposalStatus.class),
        dataSet.stream()
            .map(p -> p.proposal().status())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalStatus.class))));
    assertEquals(
        EnumSet.allOf(Classification.class),
        dataSet.stream()
            .map(GeneratedProposal::classification)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Classification.class))));
    assertEquals(
        EnumSet.allOf(DecisionOutcome.class),
        dataSet.stream()
            .flatMap(p -> p.decisions().stream())
            .map(DecisionRow::outcome)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DecisionOutcome.class))));
    assertTrue(dataSet.stream().anyMatch(p -> p.proposal().versionNumber() > 1));
    assertTrue(
        dataSet.stream()
            .anyMatch(p -> p.reviews().stream().anyMatch(r -> r.overdueSince() != null)),
        "some slots went overdue");
    assertTrue(
        dataSet.stream()
            .anyMatch(p -> p.decisions().stream().anyMatch(d -> d.overrideJustification() != null)),
        "a principal overrode a blocking finding");
  }

  @Test
  void idsAndCreationTimesGrowTogether() {
    for (int i = 1; i < dataSet.size(); i++) {
      ProposalRow before = dataSet.get(i - 1).proposal();
      ProposalRow after = dataSet.get(i).proposal();
      assertTrue(after.id() > before.id());
      assertFalse(after.createdAt().isBefore(before.createdAt()));
    }
    Instant first = dataSet.get(0).proposal().createdAt();
    assertTrue(first.isBefore(ANCHOR.minus(Generation.SPAN).plusSeconds(30 * 86400)));
  }

  @Test
  void eachRoundAndDecisionAgreesWithTheProposalsStatus() {
    assertAll(
        dataSet.stream()
            .map(
                p ->
                    (Executable)
                        () -> {
                          ProposalRow proposal = p.proposal();
                          List<RoundRow> rounds = p.rounds();
                          assertEquals(proposal.versionNumber(), rounds.size());
                          assertEquals(proposal.versionNumber(), p.versions().size());
                          for (int i = 0; i < rounds.size(); i++) {
                            RoundRow round = rounds.get(i);
                            boolean latest = i == rounds.size() - 1;
                            assertEquals(i + 1, round.versionNumber());
                            assertEquals(
                                latest && proposal.status() == ProposalStatus.IN_CLEARANCE,
                                round.closedAt() == null,
                                proposal.reference() + " round open");
                            if (round.cancelled()) {
                              assertTrue(latest);
                              assertEquals(ProposalStatus.WITHDRAWN, proposal.status());
                            }
                            assertTrue(round.dueAt().isAfter(round.openedAt()));
                          }
                          RoundRow last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
                          List<DecisionRow> onLast =
                              p.decisions().stream()
                                  .filter(d -> d.versionNumber() == proposal.versionNumber())
                                  .toList();
                          switch (proposal.status()) {
                            case AWAITING_DECISION -> {
                              assertEquals(RoundOutcome.CLEARED, last.outcome());
                              assertTrue(onLast.isEmpty());
                            }
                            case APPROVED ->
                                assertTrue(
                                    onLast.get(0).outcome().approves(), proposal.reference());
                            case REJECTED ->
                                assertEquals(DecisionOutcome.REJECTED, onLast.get(0).outcome());
                            case IN_CLEARANCE -> assertTrue(onLast.isEmpty());
                            case DRAFT, WITHDRAWN -> {}
                          }
                          for (DecisionRow decision : p.decisions()) {
                            RoundRow round = rounds.get(decision.versionNumber() - 1);
                            assertEquals(RoundOutcome.CLEARED, round.outcome());
                            assertTrue(decision.decidedAt().isAfter(round.closedAt()));
                            assertFalse(proposal.drafters().contains(decision.decidedBy()));
                          }
                          assertEquals(
                              rounds.stream().anyMatch(r -> r.outcome() == RoundOutcome.CLEARED),
                              proposal.reachedDeciders());
                        }));
  }

  @Test
  void slotsGoToTheAgenciesRoutingSelectsAndAreAnsweredByClearedReviewersWhoDidNotDraft() {
    World world = Worlds.standard();
    assertAll(
        dataSet.stream()
            .map(
                p ->
                    (Executable)
                        () -> {
                          Set<Agency> slots = EnumSet.noneOf(Agency.class);
                          for (RoundRow round : p.rounds()) {
                            Set<Agency> routed =
                                RoutingPolicy.requiredAgencies(
                                    world.rules,
                                    ProposalStory.routingFacts(
                                        p.versions().get(round.versionNumber() - 1).content()),
                                    Set.of());
                            Set<Agency> inRound =
                                p.reviews().stream()
                                    .filter(r -> r.roundId() == round.id())
                                    .map(ReviewRow::agency)
                                    .collect(
                                        Collectors.toCollection(
                                            () -> EnumSet.noneOf(Agency.class)));
                            assertTrue(inRound.containsAll(routed));
                            slots.addAll(inRound);
                          }
                          assertEquals(slots, p.proposal().routedAgencies());
                          for (ReviewRow review : p.reviews()) {
                            if (review.position() == null) {
                              assertNull(review.answeredAt());
                              continue;
                            }
                            assertEquals(review.agency().name(), review.actingFor());
                            assertTrue(
                                World.REVIEWERS.get(review.agency()).stream()
                                    .anyMatch(
                                        r ->
                                            r.username().equals(review.answeredBy())
                                                && r.clearance().dominates(p.classification())));
                            assertFalse(p.proposal().drafters().contains(review.answeredBy()));
                            assertEquals(
                                review.position().needsComment(),
                                p.comments().stream().anyMatch(c -> c.reviewId() == review.id()));
                          }
                          if (p.classification() == Classification.TOP_SECRET) {
                            assertEquals(0, p.proposal().versionNumber());
                          }
                        }));
  }

  @Test
  void silentSlotsGoOverdueAfterTheDueDateAndNotBefore() {
    assertAll(
        dataSet.stream()
            .map(
                p ->
                    (Executable)
                        () -> {
                          for (ReviewRow review : p.reviews()) {
                            RoundRow round =
                                p.rounds().stream()
                                    .filter(r -> r.id() == review.roundId())
                                    .findFirst()
                                    .orElseThrow();
                            Instant tick = round.dueAt().plusSeconds(60);
                            boolean silentAtTick =
                                (review.answeredAt() == null || review.answeredAt().isAfter(tick))
                                    && (round.closedAt() == null || round.closedAt().isAfter(tick))
                                    && tick.isBefore(ANCHOR);
                            if (review.overdueSince() != null) {
                              assertTrue(review.overdueSince().isAfter(round.dueAt()));
                              assertTrue(
                                  review.answeredAt() == null
                                      || review.answeredAt().isAfter(review.overdueSince()));
                            } else {
                              assertFalse(silentAtTick, p.proposal().reference());
                            }
                          }
                        }));
  }

  @Test
  void eachAuditTrailStartsWithCreatedMovesStatusByStatusAndEndsInTheProposalsStatus() {
    assertAll(
        dataSet.stream()
            .map(
                p ->
                    (Executable)
                        () -> {
                          List<EventRow> workflow =
                              p.events().stream()
                                  .filter(e -> e.action().isWorkflow())
                                  .sorted((a, b) -> a.at().compareTo(b.at()))
                                  .toList();
                          assertEquals(AuditAction.CREATED, workflow.get(0).action());
                          String status = null;
                          for (EventRow event : workflow) {
                            assertFalse(event.at().isAfter(ANCHOR));
                            assertFalse(event.at().isBefore(p.proposal().createdAt()));
                            if (event.toStatus() != null) {
                              assertEquals(status, event.fromStatus(), event.toString());
                              status = event.toStatus();
                            }
                          }
                          assertEquals(p.proposal().status().name(), status);
                          for (EventRow event : p.events()) {
                            assertNotNull(event.proposalId());
                            assertFalse(event.at().isAfter(ANCHOR));
                          }
                        }));
  }

  @Test
  void workingTimeIsMonotoneAndLandsInOfficeHours() {
    Instant at = Instant.parse("2026-11-27T17:30:00Z"); // a Friday
    assertEquals(Instant.parse("2026-11-30T09:30:00Z"), WorkingTime.after(at, 2));
    assertEquals(
        Instant.parse("2026-11-30T08:00:00Z"),
        WorkingTime.after(Instant.parse("2026-11-29T12:00:00Z"), 0));
    long previous = Long.MIN_VALUE;
    for (long s = 0; s < 14 * 86400; s += 1800) {
      long work = WorkingTime.seconds(at.plusSeconds(s));
      assertTrue(work >= previous);
      previous = work;
    }
  }

  @Test
  void theCommandLineIsReadAndBadValuesAreRefusedWithAReason() {
    GeneratorOptions options =
        GeneratorOptions.parse(
            "--jdbc-url",
            "jdbc:h2:mem:x",
            "--user",
            "sa",
            "--password",
            "",
            "--proposals",
            "500",
            "--seed",
            "42",
            "--anchor",
            "2025-01-01T00:00:00Z",
            "--if-absent",
            "--demo");
    assertEquals(500, options.proposals());
    assertEquals(42, options.seed());
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), options.anchor());
    assertTrue(options.ifAbsent() && options.demo());
    GeneratorException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            GeneratorException.class, () -> GeneratorOptions.parse("--user", "sa"));
    assertTrue(missing.getMessage().contains("--jdbc-url"));
    GeneratorException anchor =
        org.junit.jupiter.api.Assertions.assertThrows(
            GeneratorException.class,
            () ->
                GeneratorOptions.parse(
                    "--jdbc-url", "u", "--user", "u", "--password", "p", "--anchor", "tomorrow"));
    assertTrue(anchor.getMessage().contains("ISO-8601"));
  }
}
