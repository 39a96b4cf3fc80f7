package org.parley.clearance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.clearance.domain.ClearanceFixtures.DUE;
import static org.parley.clearance.domain.ClearanceFixtures.answer;
import static org.parley.clearance.domain.ClearanceFixtures.yongbyonRound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.shared.Agency;

/**
 * The silence deadline: a slot still unanswered after its round's due date is marked overdue, once,
 * in open rounds only; answered slots never are.
 */
class OverdueSlotsRuleTest {

  private static final Instant AFTER_DUE = DUE.plus(Duration.ofMinutes(1));

  @Test
  void everyPendingSlotOfAnOpenRoundPastItsDueDateIsMarked() {
    ClearanceRound round = yongbyonRound();

    List<Agency> marked = round.markOverdueSlots(AFTER_DUE);

    assertEquals(List.of(Agency.STATE, Agency.ENERGY, Agency.TREASURY, Agency.IC), marked);
    round.getReviews().forEach(r -> assertEquals(Optional.of(AFTER_DUE), r.getOverdueSince()));
  }

  @Test
  void atTheDueInstantItselfNoSlotIsOverdueYet() {
    ClearanceRound round = yongbyonRound();

    assertEquals(List.of(), round.markOverdueSlots(DUE));
    assertEquals(List.of(), round.markOverdueSlots(DUE.minusMillis(1)));
    round.getReviews().forEach(r -> assertTrue(r.getOverdueSince().isEmpty()));
    assertEquals(4, round.markOverdueSlots(DUE.plusNanos(1_000)).size());
  }

  @Test
  void answeredSlotsAreNotMarked() {
    ClearanceRound round = yongbyonRound();
    answer(round, Agency.STATE, Position.CONCUR);
    answer(round, Agency.ENERGY, Position.NON_CONCUR);

    assertEquals(List.of(Agency.TREASURY, Agency.IC), round.markOverdueSlots(AFTER_DUE));
    assertTrue(round.review(Agency.STATE).orElseThrow().getOverdueSince().isEmpty());
    assertTrue(round.review(Agency.ENERGY).orElseThrow().getOverdueSince().isEmpty());
  }

  @Test
  void aSlotIsMarkedOnceAndKeepsItsFirstMark() {
    ClearanceRound round = yongbyonRound();
    round.markOverdueSlots(AFTER_DUE);

    assertEquals(List.of(), round.markOverdueSlots(AFTER_DUE.plus(Duration.ofHours(1))));
    round.getReviews().forEach(r -> assertEquals(Optional.of(AFTER_DUE), r.getOverdueSince()));
  }

  @Test
  void anOverdueSlotStillTakesALateAnswerAndKeepsItsMark() {
    ClearanceRound round = yongbyonRound();
    round.markOverdueSlots(AFTER_DUE);

    answer(round, Agency.TREASURY, Position.CONCUR);

    AgencyReview treasury = round.review(Agency.TREASURY).orElseThrow();
    assertTrue(treasury.isAnswered());
    assertEquals(Optional.of(AFTER_DUE), treasury.getOverdueSince());
  }

  @Test
  void aCancelledRoundsSlotsAreNotMarked() {
    ClearanceRound round = yongbyonRound();
    round.cancel(DUE.minus(Duration.ofDays(1)));

    assertEquals(List.of(), round.markOverdueSlots(AFTER_DUE));
    round.getReviews().forEach(r -> assertTrue(r.getOverdueSince().isEmpty()));
  }

  @Test
  void aClosedRoundHasNothingToMark() {
    ClearanceRound round = yongbyonRound();
    for (Agency agency : List.of(Agency.STATE, Agency.TREASURY, Agency.ENERGY, Agency.IC)) {
      answer(round, agency, Position.CONCUR);
    }
    assertFalse(round.isOpen());

    assertEquals(List.of(), round.markOverdueSlots(AFTER_DUE));
  }
}
