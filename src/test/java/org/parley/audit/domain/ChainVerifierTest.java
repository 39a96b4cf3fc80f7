package org.parley.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static final int LENGTH = 6;

  /** A chain of {@code n} events with ids 101.., linked as the application links them. */
  private static List<ChainedRecord> chain(int n) {
    List<ChainedRecord> chain = new ArrayList<>();
    ChainLink previous = ChainLink.GENESIS;
    for (int position = 1; position <= n; position++) {
      SortedMap<String, Object> columns = columns(100 + position, position, "Event " + position);
      String hash = AuditHash.of(previous.hash(), columns);
      chain.add(new ChainedRecord(100 + position, (long) position, previous.hash(), hash, columns));
      previous = new ChainLink(position, hash);
    }
    return chain;
  }

  private static SortedMap<String, Object> columns(long id, long position, String detail) {
    SortedMap<String, Object> columns = new TreeMap<>();
    columns.put("id", id);
    columns.put("chain_position", position);
    columns.put("occurred_at", Instant.parse("2026-10-01T10:00:00Z").plusSeconds(position));
    columns.put("actor", "drafter");
    columns.put("action", "EDITED");
    columns.put("proposal_id", 1L);
    columns.put("detail", detail);
    return columns;
  }

  private static ChainLink headOf(List<ChainedRecord> chain) {
    ChainedRecord last = chain.get(chain.size() - 1);
    return new ChainLink(last.position(), last.hash());
  }

  private static ChainVerdict walk(
      List<ChainedRecord> records, ChainLink head, Optional<ChainLink> anchor, Long outside) {
    ChainVerifier verifier = new ChainVerifier(head, anchor);
    for (ChainedRecord record : records) {
      if (!verifier.accept(record)) {
        break;
      }
    }
    return verifier.finish(Optional.ofNullable(outside));
  }

  private static ChainVerdict walk(List<ChainedRecord> records, ChainLink head) {
    return walk(records, head, Optional.empty(), null);
  }

  private static ChainedRecord withDetail(ChainedRecord record, String detail) {
    SortedMap<String, Object> columns = new TreeMap<>(record.columns());
    columns.put("detail", detail);
    return new ChainedRecord(
        record.id(), record.position(), record.previousHash(), record.hash(), columns);
  }

  @Test
  void anUntouchedChainIsIntactWithEveryEventCounted() {
    List<ChainedRecord> chain = chain(LENGTH);

    ChainVerdict verdict = walk(chain, headOf(chain));

    assertTrue(verdict.intact(), verdict::summary);
    assertEquals(LENGTH, verdict.events());
    assertEquals("intact, 6 events, head " + headOf(chain).format(), verdict.summary());
  }

  @Test
  void anEmptyChainIsIntactAtTheGenesisLink() {
    ChainVerdict verdict = walk(List.of(), ChainLink.GENESIS);

    assertTrue(verdict.intact());
    assertEquals(0, verdict.events());
  }

  @Test
  void anAlteredEventIsAHashMismatchAtThatEvent() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    chain.set(2, withDetail(chain.get(2), "Something else"));

    ChainVerdict verdict = walk(chain, headOf(chain));

    assertEquals(ChainProblem.HASH_MISMATCH, verdict.firstBreak().problem());
    assertEquals(103L, verdict.firstBreak().eventId());
    assertEquals(2, verdict.events());
    assertTrue(verdict.summary().startsWith("BROKEN at event 103, position 3: HASH_MISMATCH"));
  }

  @Test
  void anEventRehashedAfterItsChangeBreaksTheLinkOfTheNextOne() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    ChainedRecord altered = withDetail(chain.get(2), "Something else");
    chain.set(
        2,
        new ChainedRecord(
            altered.id(),
            altered.position(),
            altered.previousHash(),
            altered.recomputedHash(),
            altered.columns()));

    ChainVerdict verdict = walk(chain, headOf(chain));

    assertEquals(ChainProblem.BROKEN_LINK, verdict.firstBreak().problem());
    assertEquals(104L, verdict.firstBreak().eventId());
  }

  @Test
  void aDeletedEventIsAGapBeforeTheNextOne() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    chain.remove(3);

    ChainVerdict verdict = walk(chain, headOf(chain));

    assertEquals(ChainProblem.GAP, verdict.firstBreak().problem());
    assertEquals(105L, verdict.firstBreak().eventId());
    assertEquals(5, verdict.firstBreak().position());
  }

  @Test
  void aRepeatedPositionIsOutOfOrder() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    chain.add(2, chain.get(1));

    assertEquals(
        ChainProblem.OUT_OF_ORDER, walk(chain, headOf(chain(LENGTH))).firstBreak().problem());
  }

  @Test
  void deletedNewestEventsAreATruncationOfTheChainTheHeadRecords() {
    List<ChainedRecord> full = chain(LENGTH);

    ChainVerdict verdict = walk(full.subList(0, LENGTH - 2), headOf(full));

    assertEquals(ChainProblem.TRUNCATED, verdict.firstBreak().problem());
    assertNull(verdict.firstBreak().eventId());
    assertEquals(LENGTH - 1, verdict.firstBreak().position());
  }

  @Test
  void aHeadThatDisagreesWithTheLastEventIsAHeadMismatch() {
    List<ChainedRecord> chain = chain(LENGTH);
    ChainLink wrongHead = new ChainLink(LENGTH, "e".repeat(64));

    ChainVerdict verdict = walk(chain, wrongHead);

    assertEquals(ChainProblem.HEAD_MISMATCH, verdict.firstBreak().problem());
    assertEquals(106L, verdict.firstBreak().eventId());
  }

  @Test
  void anAnchorMustBeFoundUnchanged() {
    List<ChainedRecord> chain = chain(LENGTH);
    ChainedRecord third = chain.get(2);

    assertTrue(
        walk(chain, headOf(chain), Optional.of(new ChainLink(3, third.hash())), null).intact());
    ChainVerdict other =
        walk(chain, headOf(chain), Optional.of(new ChainLink(3, "d".repeat(64))), null);
    assertEquals(ChainProblem.ANCHOR_MISMATCH, other.firstBreak().problem());
    assertEquals(103L, other.firstBreak().eventId());
    ChainVerdict beyond =
        walk(chain, headOf(chain), Optional.of(new ChainLink(LENGTH + 1, third.hash())), null);
    assertEquals(ChainProblem.ANCHOR_MISMATCH, beyond.firstBreak().problem());
  }

  @Test
  void anEventOutsideTheChainIsReportedOnceTheChainItselfIsIntact() {
    List<ChainedRecord> chain = chain(LENGTH);

    ChainVerdict verdict = walk(chain, headOf(chain), Optional.empty(), 9999L);

    assertEquals(ChainProblem.OUTSIDE_CHAIN, verdict.firstBreak().problem());
    assertEquals(9999L, verdict.firstBreak().eventId());
    assertEquals(LENGTH, verdict.events());
  }

  @Test
  void anEventWithoutWellFormedHashesIsAHashMismatch() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    ChainedRecord first = chain.get(0);
    chain.set(
        0,
        new ChainedRecord(
            first.id(), first.position(), first.previousHash(), null, first.columns()));

    assertEquals(ChainProblem.HASH_MISMATCH, walk(chain, headOf(chain)).firstBreak().problem());
  }

  @Test
  void theWalkStopsAtTheFirstBreakAndReportsOnlyIt() {
    List<ChainedRecord> chain = new ArrayList<>(chain(LENGTH));
    chain.set(1, withDetail(chain.get(1), "first change"));
    chain.set(4, withDetail(chain.get(4), "second change"));
    ChainVerifier verifier = new ChainVerifier(headOf(chain), Optional.empty());

    assertTrue(verifier.accept(chain.get(0)));
    assertFalse(verifier.accept(chain.get(1)));
    assertFalse(verifier.accept(chain.get(2)));
    ChainVerdict verdict = verifier.finish(Optional.of(9999L));
    assertEquals(102L, verdict.firstBreak().eventId());
    assertEquals(1, verdict.events());
  }

  @Test
  void withoutAHeadNothingCanBeVerified() {
    ChainVerdict verdict = ChainVerifier.withoutHead();

    assertFalse(verdict.intact());
    assertEquals(ChainProblem.NO_HEAD, verdict.firstBreak().problem());
  }
}
