package org.parley.audit.domain;

import java.util.Optional;

/**
 * The outcome of walking the audit chain from its first event to its head.
 *
 * @param events how many events were verified intact, in chain order, before the first break (all
 *     of them when the chain is intact)
 * @param head the chain head at the start of the walk: later events are left to the next walk
 * @param firstBreak the first broken point, null when the chain is intact
 */
public record ChainVerdict(long events, ChainLink head, ChainBreak firstBreak) {

  public boolean intact() {
    return firstBreak == null;
  }

  public Optional<ChainBreak> broken() {
    return Optional.ofNullable(firstBreak);
  }

  /**
   * One line for operators: {@code intact, N events, head POSITION:HASH} (the head is the anchor to
   * record for the next verification) or the first break.
   */
  public String summary() {
    if (intact()) {
      return "intact, " + events + " events, head " + head.format();
    }
    return "BROKEN at "
        + (firstBreak.eventId() == null ? "" : "event " + firstBreak.eventId() + ", ")
        + "position "
        + firstBreak.position()
        + ": "
        + firstBreak.problem()
        + ": "
        + firstBreak.detail()
        + " ("
        + events
        + " events intact before it)";
  }
}
