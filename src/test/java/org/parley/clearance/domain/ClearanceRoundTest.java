package org.parley.clearance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.clearance.domain.ClearanceFixtures.LATER;
import static org.parley.clearance.domain.ClearanceFixtures.YONGBYON_AGENCIES;
import static org.parley.clearance.domain.ClearanceFixtures.answer;
import static org.parley.clearance.domain.ClearanceFixtures.yongbyonRound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.Agency;

/**
 * A clearance round collects every agency's position, in any order and whatever the others said,
 * and closes exactly once, with the answer that fills its last slot.
 */
class ClearanceRoundTest {

  /** What each agency answers on the Yongbyon package in the ordering tests. */
  private static final Map<Agency, Position> ANSWERS =
      new EnumMap<>(
          Map.of(
              Agency.STATE, Position.CONCUR,
              Agency.TREASURY, Position.NON_CONCUR,
              Agency.ENERGY, Position.CONCUR_WITH_COMMENTS,
              Agency.IC, Position.CONCUR));

  static Stream<List<Agency>> everyOrderOfTheYongbyonAgencies() {
    return permutations(YONGBYON_AGENCIES).stream();
  }

  /** Every combination of positions three agencies can take (4 × 4 × 4). */
  static Stream<List<Position>> everyCombinationOfThreePositions() {
    List<List<Position>> combinations = new ArrayList<>();
    for (Position state : Position.values()) {
      for (Position defense : Position.values()) {
        for (Position energy : Position.values()) {
          combinations.add(List.of(state, defense, energy));
        }
      }
    }
    return combinations.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOrderOfTheYongbyonAgencies")
  void positionsTakenInAnyOrderAreAllCollectedAndOnlyTheLastClosesTheRound(List<Agency> order) {
    ClearanceRound round = yongbyonRound();
    List<Optional<RoundOutcome>> results = new ArrayList<>();
    Instant at = LATER;

    for (Agency agency : order) {
      at = at.plus(Duration.ofMinutes(10));
      results.add(
          round.recordPosition(
              agency,
              ANSWERS.get(agency),
              ClearanceFixtures.commentsFor(ANSWERS.get(agency)),
              ClearanceFixtures.reviewerOf(agency),
              agency.name(),
              at));
    }

    for (AgencyReview review : round.getReviews()) {
      assertEquals(Optional.of(ANSWERS.get(review.getAgency())), review.getPosition());
      assertEquals(
          Optional.of(ClearanceFixtures.reviewerOf(review.getAgency())), review.getAnsweredBy());
      assertEquals(Optional.of(review.getAgency().name()), review.getActingFor());
      assertTrue(review.getAnsweredAt().isPresent());
    }
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(RoundOutcome.CLEARED)),
        results);
    assertFalse(round.isOpen());
    assertEquals(Optional.of(at), round.getClosedAt());
    assertEquals(Optional.of(RoundOutcome.CLEARED), round.getOutcome());
    assertEquals(List.of(Agency.TREASURY), round.dissents());
  }

  @Test
  void aNonConcurrenceDoesNotStopTheOthersFromAnswering() {
    ClearanceRound round = yongbyonRound();

    Optional<RoundOutcome> afterDissent = answer(round, Agency.ENERGY, Position.NON_CONCUR);

    assertEquals(Optional.empty(), afterDissent);
    assertTrue(round.isOpen());
    assertEquals(Optional.empty(), answer(round, Agency.STATE, Position.CONCUR));
    assertEquals(Optional.empty(), answer(round, Agency.TREASURY, Position.CONCUR));
    assertEquals(Optional.of(RoundOutcome.CLEARED), answer(round, Agency.IC, Position.CONCUR));
    assertEquals(List.of(Agency.ENERGY), round.dissents());
  }

  @Test
  void aChangeRequestDoesNotStopTheOthersFromAnswering() {
    ClearanceRound round = yongbyonRound();

    assertEquals(Optional.empty(), answer(round, Agency.STATE, Position.CHANGES_REQUESTED));
    assertEquals(Optional.empty(), answer(round, Agency.TREASURY, Position.CONCUR));
    assertEquals(Optional.empty(), answer(round, Agency.ENERGY, Position.CONCUR));

    assertEquals(
        Optional.of(RoundOutcome.CHANGES_REQUESTED), answer(round, Agency.IC, Position.CONCUR));
  }

  @ParameterizedTest(name = "STATE {0}")
  @MethodSource("everyCombinationOfThreePositions")
  void theLastAnswerClosesTheRoundOnceAndAnyChangeRequestWins(List<Position> positions) {
    List<Agency> agencies = List.of(Agency.STATE, Agency.DEFENSE, Agency.ENERGY);
    ClearanceRound round = ClearanceFixtures.openRound(agencies);
    int closings = 0;

    for (int i = 0; i < agencies.size(); i++) {
      Optional<RoundOutcome> closed = answer(round, agencies.get(i), positions.get(i));
      closings += closed.isPresent() ? 1 : 0;
      assertEquals(
          i == agencies.size() - 1, closed.isPresent(), "closes with the last answer only");
    }

    RoundOutcome expected =
        positions.contains(Position.CHANGES_REQUESTED)
            ? RoundOutcome.CHANGES_REQUESTED
            : RoundOutcome.CLEARED;
    assertEquals(1, closings);
    assertEquals(Optional.of(expected), round.getOutcome());
    assertFalse(round.isCancelled());
  }

  @Test
  void anAgencyThatAlreadyAnsweredIsRefusedAndKeepsItsFirstPosition() {
    ClearanceRound round = yongbyonRound();
    answer(round, Agency.TREASURY, Position.CONCUR);

    ClearanceViolation refused =
        assertThrows(
            ClearanceViolation.class,
            () -> answer(round, Agency.TREASURY, Position.CHANGES_REQUESTED));

    assertTrue(refused.getMessage().contains("TREASURY"), refused::getMessage);
    assertEquals(
        Optional.of(Position.CONCUR), round.review(Agency.TREASURY).orElseThrow().getPosition());
    assertEquals(List.of(), round.review(Agency.TREASURY).orElseThrow().getComments());
    assertTrue(round.isOpen());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Position.class)
  void aClosedRoundRefusesEveryFurtherAnswer(Position late) {
    ClearanceRound round = ClearanceFixtures.openRound(List.of(Agency.STATE, Agency.ENERGY));
    answer(round, Agency.STATE, Position.CONCUR);
    answer(round, Agency.ENERGY, Position.CONCUR);

    for (Agency agency : Agency.values()) {
      assertThrows(ClearanceViolation.class, () -> answer(round, agency, late), agency::name);
    }
    assertEquals(Optional.of(RoundOutcome.CLEARED), round.getOutcome());
    assertEquals(
        Optional.of(Position.CONCUR), round.review(Agency.ENERGY).orElseThrow().getPosition());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Position.class)
  void aCancelledRoundRefusesEveryAnswer(Position position) {
    ClearanceRound round = yongbyonRound();
    answer(round, Agency.STATE, Position.CONCUR);

    round.cancel(LATER);

    assertTrue(round.isCancelled());
    assertFalse(round.isOpen());
    assertEquals(Optional.of(LATER), round.getClosedAt());
    assertEquals(Optional.empty(), round.getOutcome());
    for (Agency agency : YONGBYON_AGENCIES) {
      assertThrows(ClearanceViolation.class, () -> answer(round, agency, position), agency::name);
    }
    assertFalse(round.review(Agency.TREASURY).orElseThrow().isAnswered());
  }

  @Test
  void cancellingAClosedRoundChangesNothing() {
    ClearanceRound round = ClearanceFixtures.openRound(List.of(Agency.STATE));
    answer(round, Agency.STATE, Position.CONCUR);
    Optional<Instant> closedAt = round.getClosedAt();

    round.cancel(LATER.plus(Duration.ofDays(1)));

    assertFalse(round.isCancelled());
    assertEquals(closedAt, round.getClosedAt());
    assertEquals(Optional.of(RoundOutcome.CLEARED), round.getOutcome());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Position.class,
      names = {"CONCUR_WITH_COMMENTS", "NON_CONCUR", "CHANGES_REQUESTED"})
  void aPositionThatNeedsCommentsRefusesAnEmptyCommentListAndLeavesTheSlotOpen(Position position) {
    ClearanceRound round = yongbyonRound();

    ClearanceViolation refused =
        assertThrows(
            ClearanceViolation.class,
            () ->
                round.recordPosition(
                    Agency.ENERGY, position, List.of(), "energy", "ENERGY", LATER));

    assertTrue(refused.getMessage().contains(position.name()), refused::getMessage);
    assertFalse(round.review(Agency.ENERGY).orElseThrow().isAnswered());
    assertEquals(Optional.empty(), answer(round, Agency.ENERGY, position));
  }

  @Test
  void aConcurrenceNeedsNoComment() {
    ClearanceRound round = yongbyonRound();

    round.recordPosition(Agency.IC, Position.CONCUR, List.of(), "ic", "IC", LATER);

    assertEquals(Optional.of(Position.CONCUR), round.review(Agency.IC).orElseThrow().getPosition());
  }

  @Test
  void commentsAreRecordedInOrderAndUnanswered() {
    ClearanceRound round = yongbyonRound();
    List<CommentDraft> drafts =
        List.of(
            new CommentDraft(CommentType.CRITICAL, "A freeze is reversible; relief must be too."),
            new CommentDraft(CommentType.ADMINISTRATIVE, "Spell out IAEA on first use."));

    round.recordPosition(
        Agency.TREASURY, Position.CHANGES_REQUESTED, drafts, "treasury", "TREASURY", LATER);

    List<ReviewComment> comments = round.review(Agency.TREASURY).orElseThrow().getComments();
    assertEquals(
        drafts, comments.stream().map(c -> new CommentDraft(c.getType(), c.getText())).toList());
    assertTrue(comments.stream().noneMatch(ReviewComment::isResolved));
  }

  @Test
  void dissentsAreTheAgenciesThatDidNotConcur() {
    ClearanceRound round = yongbyonRound();
    answer(round, Agency.STATE, Position.CONCUR_WITH_COMMENTS);
    answer(round, Agency.TREASURY, Position.NON_CONCUR);
    answer(round, Agency.ENERGY, Position.CONCUR);
    answer(round, Agency.IC, Position.NON_CONCUR);

    assertEquals(List.of(Agency.TREASURY, Agency.IC), round.dissents());
  }

  @Test
  void aChangeRequestIsNoDissent() {
    ClearanceRound round = ClearanceFixtures.openRound(List.of(Agency.STATE, Agency.DEFENSE));
    answer(round, Agency.STATE, Position.CHANGES_REQUESTED);
    answer(round, Agency.DEFENSE, Position.NON_CONCUR);

    assertEquals(List.of(Agency.DEFENSE), round.dissents());
    assertEquals(Optional.of(RoundOutcome.CHANGES_REQUESTED), round.getOutcome());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Agency.class,
      names = {"DEFENSE", "NSC"})
  void anAgencyWithoutASlotIsRefused(Agency outsider) {
    ClearanceRound round = yongbyonRound();

    ClearanceViolation refused =
        assertThrows(ClearanceViolation.class, () -> answer(round, outsider, Position.CONCUR));

    assertTrue(refused.getMessage().contains(outsider.name()), refused::getMessage);
    assertTrue(round.getReviews().stream().noneMatch(AgencyReview::isAnswered));
  }

  @Test
  void aRoundOpensWithOnePendingSlotPerAgencyEvenWhenAnAgencyIsNamedTwice() {
    ClearanceRound round =
        ClearanceFixtures.openRound(List.of(Agency.ENERGY, Agency.STATE, Agency.ENERGY));

    assertEquals(
        List.of(Agency.STATE, Agency.ENERGY),
        round.getReviews().stream().map(AgencyReview::getAgency).toList());
    assertTrue(round.getReviews().stream().noneMatch(AgencyReview::isAnswered));
    assertTrue(round.isOpen());
    assertEquals(1, round.getVersionNumber());
    assertEquals(ClearanceFixtures.OPENED, round.getOpenedAt());
    assertEquals(ClearanceFixtures.DUE, round.getDueAt());
  }

  @Test
  void aRoundWithoutAgenciesCannotBeOpened() {
    assertThrows(IllegalArgumentException.class, () -> ClearanceFixtures.openRound(List.of()));
  }

  @Test
  void lookingUpACommentThatIsNotThereFindsNothing() {
    ClearanceRound round = yongbyonRound();
    answer(round, Agency.ENERGY, Position.CHANGES_REQUESTED);

    assertEquals(Optional.empty(), round.comment(4711L));
  }

  private static List<List<Agency>> permutations(List<Agency> agencies) {
    if (agencies.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Agency>> all = new ArrayList<>();
    for (Agency first : agencies) {
      List<Agency> rest = new ArrayList<>(agencies);
      rest.remove(first);
      for (List<Agency> tail : permutations(rest)) {
        List<Agency> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }
}
