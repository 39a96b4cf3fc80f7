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
  WITHDRAWN
}
