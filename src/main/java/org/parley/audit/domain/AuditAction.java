package org.parley.audit.domain;

/** What an audit event records. */
public enum AuditAction {
  CREATED,
  EDITED,
  SUBMITTED,
  POSITION_TAKEN,
  ROUND_CLOSED,
  COMMENT_RESOLVED,
  DECIDED,
  WITHDRAWN,
  /** A password check failed for a submitted user name (identity; no proposal). */
  SIGN_IN_FAILED,
  /** Repeated failures locked sign-in for a name (identity; no proposal). */
  SIGN_IN_LOCKED,
  /** An administrator lifted a sign-in lock (identity; no proposal). */
  SIGN_IN_UNLOCKED
}
