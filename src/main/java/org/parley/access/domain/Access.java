package org.parley.access.domain;

/**
 * The policy's answer, in the order it is decided: a caller without any role the permission names
 * is {@link #FORBIDDEN} whatever the proposal; a proposal they may not see is {@link #NOT_FOUND},
 * exactly like one that does not exist; then their relation to it, then its status.
 */
public enum Access {
  GRANTED,
  /** Answered as "there is no such proposal" (404): no hint that it exists. */
  NOT_FOUND,
  /** Answered as "access denied" (403). */
  FORBIDDEN,
  /** Allowed to this caller, but not in the proposal's present status (409). */
  WRONG_STATE
}
