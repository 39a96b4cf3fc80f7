package org.parley.clearance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.Agency;

/** The drafters answer each reviewer comment once: accepted, or rejected with a reason. */
class ReviewCommentTest {

  private static final Instant AT = Instant.parse("2026-11-05T11:00:00Z");

  @Test
  void aDrafterAcceptsAComment() {
    ReviewComment comment = treasuryComment();

    comment.resolve(true, null, "drafter", AT);

    assertTrue(comment.isResolved());
    assertEquals(Optional.of(true), comment.getAccepted());
    assertEquals(Optional.empty(), comment.getResolutionReason());
    assertEquals(Optional.of("drafter"), comment.getResolvedBy());
    assertEquals(Optional.of(AT), comment.getResolvedAt());
  }

  @Test
  void anAcceptanceMayCarryANote() {
    ReviewComment comment = treasuryComment();

    comment.resolve(true, "Snapback trigger added to phase 1.", "drafter", AT);

    assertEquals(Optional.of("Snapback trigger added to phase 1."), comment.getResolutionReason());
  }

  @Test
  void aDrafterRejectsACommentWithAReason() {
    ReviewComment comment = treasuryComment();

    comment.resolve(false, "The cap is already time-limited to twelve months.", "envoy", AT);

    assertEquals(Optional.of(false), comment.getAccepted());
    assertEquals(
        Optional.of("The cap is already time-limited to twelve months."),
        comment.getResolutionReason());
    assertEquals(Optional.of("envoy"), comment.getResolvedBy());
  }

  @ParameterizedTest(name = "reason \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aRejectionWithoutAReasonIsRefusedAndLeavesTheCommentOpen(String reason) {
    ReviewComment comment = treasuryComment();

    ClearanceViolation refused =
        assertThrows(ClearanceViolation.class, () -> comment.resolve(false, reason, "drafter", AT));

    assertTrue(refused.getMessage().contains("reason"), refused::getMessage);
    assertFalse(comment.isResolved());
    assertEquals(Optional.empty(), comment.getResolvedBy());
  }

  @Test
  void aCommentIsAnsweredOnceAndASecondAnswerDoesNotReplaceTheFirst() {
    ReviewComment comment = treasuryComment();
    comment.resolve(true, null, "drafter", AT);

    assertThrows(
        ClearanceViolation.class,
        () -> comment.resolve(false, "Changed my mind.", "envoy", AT.plusSeconds(60)));
    assertThrows(
        ClearanceViolation.class, () -> comment.resolve(true, null, "envoy", AT.plusSeconds(60)));

    assertEquals(Optional.of(true), comment.getAccepted());
    assertEquals(Optional.empty(), comment.getResolutionReason());
    assertEquals(Optional.of("drafter"), comment.getResolvedBy());
    assertEquals(Optional.of(AT), comment.getResolvedAt());
  }

  @Test
  void aNewCommentKeepsTheReviewersTypeAndText() {
    ReviewComment comment = treasuryComment();

    assertEquals(CommentType.MAJOR, comment.getType());
    assertEquals(ClearanceFixtures.oneComment().get(0).text(), comment.getText());
    assertFalse(comment.isResolved());
  }

  /** Treasury's comment on the Yongbyon package, as a changes-requested answer recorded it. */
  private static ReviewComment treasuryComment() {
    ClearanceRound round = ClearanceFixtures.yongbyonRound();
    ClearanceFixtures.answer(round, Agency.TREASURY, Position.CHANGES_REQUESTED);
    return round.review(Agency.TREASURY).orElseThrow().getComments().get(0);
  }
}
