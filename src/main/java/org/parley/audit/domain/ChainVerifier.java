package org.parley.audit.domain;

import java.util.Optional;

/**
 * Walks the audit chain in position order, one stored event at a time, and finds its first broken
 * point (docs/adr/0009). It keeps only the previous link, so a chain of millions of events is
 * verified in constant memory: the caller pages through the events and hands them over in order.
 *
 * <p>For each event it checks, in this order: that its position follows the previous one (a gap
 * means deleted events), that its columns still give its stored hash (an altered event), that it
 * links to the previous event's hash (an altered or replaced predecessor), and, when the auditor
 * gave an anchor, that the event at the anchor's position has the recorded hash. After the last
 * event it checks the chain head, which records the newest position and hash (deleted newest
 * events), and then that no event sits outside the chain.
 */
public final class ChainVerifier {

  private final ChainLink head;
  private final ChainLink anchor;
  private ChainLink previous = ChainLink.GENESIS;
  private Long previousId;
  private long verified;
  private ChainBreak firstBreak;

  /**
   * @param head the chain head when the walk starts; events past it are left to the next walk
   * @param anchor a link the auditor recorded from an earlier verification, to be found unchanged
   */
  public ChainVerifier(ChainLink head, Optional<ChainLink> anchor) {
    this.head = head;
    this.anchor = anchor.orElse(null);
  }

  /** The verdict when there is no chain head to verify against. */
  public static ChainVerdict withoutHead() {
    return new ChainVerdict(
        0,
        null,
        new ChainBreak(
            null, 0, ChainProblem.NO_HEAD, "The chain head row (audit_chain_head) is missing."));
  }

  /** The position up to which the caller must hand over events. */
  public long headPosition() {
    return head.position();
  }

  /**
   * Checks the next event in position order.
   *
   * @return whether to go on: false once the chain is found broken
   */
  public boolean accept(ChainedRecord event) {
    if (firstBreak != null) {
      return false;
    }
    long expected = previous.next();
    long position = event.position();
    if (position > expected) {
      return broken(
          event,
          ChainProblem.GAP,
          "position %d follows position %d: %d event(s) missing before event %d"
              .formatted(position, previous.position(), position - expected, event.id()));
    }
    if (position < expected) {
      return broken(
          event,
          ChainProblem.OUT_OF_ORDER,
          "event %d has position %d, which the chain had already reached"
              .formatted(event.id(), position));
    }
    if (!ChainLink.isHash(event.hash()) || !ChainLink.isHash(event.previousHash())) {
      return broken(
          event,
          ChainProblem.HASH_MISMATCH,
          "event %d has no well-formed hash (stored: %s, previous: %s)"
              .formatted(event.id(), event.hash(), event.previousHash()));
    }
    String recomputed = event.recomputedHash();
    if (!recomputed.equals(event.hash())) {
      return broken(
          event,
          ChainProblem.HASH_MISMATCH,
          "the columns of event %d give hash %s, but its stored hash is %s: the event was altered"
              .formatted(event.id(), recomputed, event.hash()));
    }
    if (!event.previousHash().equals(previous.hash())) {
      return broken(
          event,
          ChainProblem.BROKEN_LINK,
          "event %d links to %s, but %s has hash %s"
              .formatted(event.id(), event.previousHash(), previousName(), previous.hash()));
    }
    if (anchor != null && anchor.position() == position && !anchor.hash().equals(event.hash())) {
      return broken(
          event,
          ChainProblem.ANCHOR_MISMATCH,
          "the anchor records hash %s at position %d, but event %d there has hash %s"
              .formatted(anchor.hash(), position, event.id(), event.hash()));
    }
    previous = new ChainLink(position, event.hash());
    previousId = event.id();
    verified++;
    return true;
  }

  /**
   * The verdict once every event up to the head was handed over (or the walk stopped at a break).
   *
   * @param firstOutsideChain the smallest id of an event outside the chain, if there is one
   */
  public ChainVerdict finish(Optional<Long> firstOutsideChain) {
    if (firstBreak == null) {
      firstBreak =
          headBreak().or(() -> anchorBreak()).or(() -> outside(firstOutsideChain)).orElse(null);
    }
    return new ChainVerdict(verified, head, firstBreak);
  }

  private Optional<ChainBreak> headBreak() {
    if (previous.position() < head.position()) {
      return Optional.of(
          new ChainBreak(
              null,
              previous.next(),
              ChainProblem.TRUNCATED,
              "the chain head records position %d, but the chain ends at position %d%s"
                  .formatted(
                      head.position(),
                      previous.position(),
                      previousId == null ? "" : " (event " + previousId + ")")));
    }
    if (!previous.hash().equals(head.hash())) {
      return Optional.of(
          new ChainBreak(
              previousId,
              previous.position(),
              ChainProblem.HEAD_MISMATCH,
              "the chain head records hash %s for position %d, but %s has hash %s"
                  .formatted(head.hash(), head.position(), previousName(), previous.hash())));
    }
    return Optional.empty();
  }

  private Optional<ChainBreak> anchorBreak() {
    if (anchor == null || anchor.position() <= head.position()) {
      return Optional.empty();
    }
    return Optional.of(
        new ChainBreak(
            null,
            anchor.position(),
            ChainProblem.ANCHOR_MISMATCH,
            "the anchor's position %d is beyond the chain head (position %d)"
                .formatted(anchor.position(), head.position())));
  }

  private static Optional<ChainBreak> outside(Optional<Long> firstOutsideChain) {
    return firstOutsideChain.map(
        id ->
            new ChainBreak(
                id,
                0,
                ChainProblem.OUTSIDE_CHAIN,
                "event %d is not linked into the chain (no chain position, or one beyond the head):"
                        .formatted(id)
                    + " it was inserted around the application"));
  }

  private String previousName() {
    return previousId == null
        ? "the genesis link"
        : "the event before it (event %d, position %d)".formatted(previousId, previous.position());
  }

  private boolean broken(ChainedRecord event, ChainProblem problem, String detail) {
    firstBreak = new ChainBreak(event.id(), event.position(), problem, detail);
    return false;
  }
}
