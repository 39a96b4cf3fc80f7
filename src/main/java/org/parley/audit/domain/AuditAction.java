package org.parley.audit.domain;

/**
 * What an audit event records. The workflow's own events tell a proposal's story (its History);
 * {@link #VIEWED} and {@link #ACCESS_REFUSED} are for auditors only.
 */
public enum AuditAction {
  CREATED,
  EDITED,
  SUBMITTED,
  POSITION_TAKEN,
  ROUND_CLOSED,
  COMMENT_RESOLVED,
  DECIDED,
  WITHDRAWN,
  /**
   * A principal approved a version despite a blocking reciprocity finding, with a justification.
   */
  FINDING_OVERRIDDEN,
  /** An agency's slot was still unanswered after the round's due date (scheduled work). */
  SLOT_OVERDUE,
  /** A password check failed for a submitted user name (identity; no proposal). */
  SIGN_IN_FAILED,
  /** Repeated failures locked sign-in for a name (identity; no proposal). */
  SIGN_IN_LOCKED,
  /** An administrator lifted a sign-in lock (identity; no proposal). */
  SIGN_IN_UNLOCKED,
  /** Someone opened classified content (NIST 800-53 AU-2). */
  VIEWED,
  /** The policy refused a request: 403 or 404 (NIST 800-53 AC-3, AU-2). */
  ACCESS_REFUSED;

  /** Whether the event is part of a proposal's workflow story, as its History shows it. */
  public boolean isWorkflow() {
    return this != VIEWED
        && this != ACCESS_REFUSED
        && this != SIGN_IN_FAILED
        && this != SIGN_IN_LOCKED
        && this != SIGN_IN_UNLOCKED;
  }
}
