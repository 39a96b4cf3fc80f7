package org.parley.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.proposal.domain.ProposalDiff.Segment;
import org.parley.proposal.domain.ProposalDiff.SegmentKind;

class WordDiffTest {

  private static Segment same(String text) {
    return new Segment(SegmentKind.SAME, text);
  }

  private static Segment inserted(String text) {
    return new Segment(SegmentKind.INSERTED, text);
  }

  private static Segment deleted(String text) {
    return new Segment(SegmentKind.DELETED, text);
  }

  @Test
  void equalTextsAreOneSameSegment() {
    assertEquals(List.of(same("a b c")), WordDiff.segments("a b c", "a b c"));
  }

  @Test
  void emptyAndMissingTextsHaveNoSegments() {
    assertEquals(List.of(), WordDiff.segments("", ""));
    assertEquals(List.of(), WordDiff.segments(null, null));
  }

  @Test
  void textFromNothingIsOneInsertion() {
    assertEquals(List.of(inserted("new text")), WordDiff.segments(null, "new text"));
  }

  @Test
  void textToNothingIsOneDeletion() {
    assertEquals(List.of(deleted("old text")), WordDiff.segments("old text", ""));
  }

  @Test
  void wordInsertedInTheMiddle() {
    assertEquals(List.of(same("a "), inserted("x "), same("b")), WordDiff.segments("a b", "a x b"));
  }

  @Test
  void wordDeletedInTheMiddle() {
    assertEquals(List.of(same("a "), deleted("b "), same("c")), WordDiff.segments("a b c", "a c"));
  }

  @Test
  void replacedWordReadsDeletionThenInsertion() {
    assertEquals(
        List.of(same("a "), deleted("b"), inserted("x"), same(" c")),
        WordDiff.segments("a b c", "a x c"));
  }

  @Test
  void spacesBetweenReplacedWordsFoldIntoTheChange() {
    assertEquals(
        List.of(same("keep "), deleted("one two three"), inserted("four five six")),
        WordDiff.segments("keep one two three", "keep four five six"));
  }
}
