package org.parley.audit.domain;

/** What a verification found wrong at the first broken point of the audit chain. */
public enum ChainProblem {
  /** The event's columns (or its stored hash) no longer give its stored hash: it was altered. */
  HASH_MISMATCH,
  /**
   * The event does not link to the hash of the event before it: that one was altered or replaced.
   */
  BROKEN_LINK,
  /** Positions are missing before this event: events were deleted. */
  GAP,
  /** The event repeats or goes back on a position already walked. */
  OUT_OF_ORDER,
  /** The chain ends before the position the chain head records: the newest events were deleted. */
  TRUNCATED,
  /** The last event's hash is not the one the chain head records. */
  HEAD_MISMATCH,
  /** The event at the anchor's position does not have the hash the auditor recorded earlier. */
  ANCHOR_MISMATCH,
  /** The event is not in the chain at all (no position, or beyond the head): inserted around it. */
  OUTSIDE_CHAIN,
  /** The chain head row is missing. */
  NO_HEAD
}
